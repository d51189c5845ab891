package vn.bentre.papi.planning;

/**
 * A PAPI dimension (nội dung). The list changes over the years (two more from 2018), so it is data.
 *
 * @param untilYear last year the dimension was assessed, null while it still is
 */
public record Dimension(String id, String name, int sinceYear, Integer untilYear) {

    public boolean assessedIn(int year) {
        return year >= sinceYear && (untilYear == null || year <= untilYear);
    }
}
