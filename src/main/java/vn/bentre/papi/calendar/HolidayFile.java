package vn.bentre.papi.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.Resource;

import vn.bentre.papi.platform.CsvFiles;

/**
 * Reads the holiday data file: UTF-8 CSV with the header {@code date,name,kind}, dates as
 * {@code yyyy-MM-dd}, kinds as in {@link HolidayKind}, lines starting with {@code #} are comments.
 * A bad row stops the start with a message naming it: a silently skipped Tết would move deadlines.
 */
final class HolidayFile {

    private HolidayFile() {
    }

    static List<Holiday> read(Resource file) {
        List<Holiday> holidays = new ArrayList<>();
        Set<LocalDate> dates = new HashSet<>();
        for (Map<String, String> row : CsvFiles.read(file)) {
            Holiday holiday = toHoliday(row, file);
            if (!dates.add(holiday.date())) {
                throw invalid(file, row, "ngày bị lặp (date listed twice)", null);
            }
            holidays.add(holiday);
        }
        return holidays;
    }

    private static Holiday toHoliday(Map<String, String> row, Resource file) {
        try {
            return new Holiday(LocalDate.parse(row.get("date")), row.get("name"), HolidayKind.valueOf(row.get("kind")));
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            throw invalid(file, row, e.getMessage(), e);
        }
    }

    private static IllegalStateException invalid(Resource file, Map<String, String> row, String why, Exception cause) {
        return new IllegalStateException("Dòng sai trong tệp ngày nghỉ (invalid row in the holiday file) "
            + file.getDescription() + ": " + row + " — " + why, cause);
    }
}
