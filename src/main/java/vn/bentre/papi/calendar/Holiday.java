package vn.bentre.papi.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the holiday table: a day that is off although it is a weekday, or (kind
 * {@link HolidayKind#LAM_BU}) a weekend day that is worked.
 *
 * @param name what officials read, in Vietnamese
 */
public record Holiday(LocalDate date, String name, HolidayKind kind) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Ngày nghỉ " + date + " thiếu tên (holiday without a name)");
        }
        name = name.strip();
    }
}
