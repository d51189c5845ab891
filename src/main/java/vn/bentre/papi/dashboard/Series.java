package vn.bentre.papi.dashboard;

import java.util.List;

/**
 * One data set of a chart: a value per label of the section.
 *
 * @param color optional CSS colour; the page picks one from its palette when null
 */
public record Series(String name, List<Number> values, String color) {

    public Series {
        values = List.copyOf(values);
    }

    public Series(String name, List<Number> values) {
        this(name, values, null);
    }
}
