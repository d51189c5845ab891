package vn.bentre.papi.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One report period of a year, with its data cut-off window as Decree 09/2019/NĐ-CP sets it
 * (Art. 12): every period starts counting on 15/12 of the previous year (periods are cumulative
 * from the start of the year) and stops on the 14th of its last month, so units have the second
 * half of that month to write the report.
 */
public record ReportingPeriod(PeriodType type, int year) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(Q1|H1|Q3|YEAR)");

    public ReportingPeriod {
        Objects.requireNonNull(type, "type");
    }

    /** The four periods of a year, in the order their cut-offs come. */
    public static List<ReportingPeriod> of(int year) {
        return Arrays.stream(PeriodType.values()).map(type -> new ReportingPeriod(type, year)).toList();
    }

    /** Reads {@link #code()} back, e.g. "2016-Q1". */
    public static ReportingPeriod parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Kỳ báo cáo không hợp lệ (invalid reporting period): '" + code
                + "', expected e.g. 2016-Q1, 2016-H1, 2016-Q3, 2016-YEAR");
        }
        return new ReportingPeriod(PeriodType.valueOf(m.group(2)), Integer.parseInt(m.group(1)));
    }

    /** First day of data: 15/12 of the previous year. */
    public LocalDate cutOffStart() {
        return LocalDate.of(year - 1, 12, 15);
    }

    /** Last day of data (inclusive): the 14th of the period's last month. */
    public LocalDate cutOffEnd() {
        return LocalDate.of(year, type.lastMonth(), 14);
    }

    /** Whether the day's data belong to this period. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(cutOffStart()) && !day.isAfter(cutOffEnd());
    }

    /** The period whose cut-off comes next: Q1 → H1 → Q3 → YEAR → Q1 of the next year. */
    public ReportingPeriod next() {
        return type == PeriodType.YEAR
            ? new ReportingPeriod(PeriodType.Q1, year + 1)
            : new ReportingPeriod(PeriodType.values()[type.ordinal() + 1], year);
    }

    /** What officials read: "Quý I năm 2016", "6 tháng năm 2016", "9 tháng năm 2016", "Năm 2016". */
    public String label() {
        return type == PeriodType.YEAR ? type.label() + " " + year : type.label() + " năm " + year;
    }

    /** A stable key for process variables and business keys, e.g. "2016-Q1"; see {@link #parse}. */
    public String code() {
        return year + "-" + type.name();
    }
}
