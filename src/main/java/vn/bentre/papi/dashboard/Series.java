package vn.bentre.papi.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One data set of a chart: a value per label of the section; null where there is none (a gap).
 *
 * @param color optional CSS colour; the page picks one from its palette when null
 */
public record Series(String name, List<Number> values, String color) {

    public Series {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public Series(String name, List<Number> values) {
        this(name, values, null);
    }
}
