package vn.bentre.papi.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.springframework.core.io.Resource;

/**
 * Reads the holiday data file: UTF-8 CSV with the header {@code date,name,kind}, dates as
 * {@code yyyy-MM-dd}, kinds as in {@link HolidayKind}, lines starting with {@code #} are comments.
 * A bad row stops the start with a message naming it: a silently skipped Tết would move deadlines.
 */
final class HolidayFile {

    private HolidayFile() {
    }

    static List<Holiday> read(Resource file) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        try (InputStream in = file.getInputStream();
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                 .with(schema).readValues(in)) {
            List<Holiday> holidays = new ArrayList<>();
            Set<LocalDate> dates = new HashSet<>();
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                Holiday holiday = toHoliday(row, file);
                if (!dates.add(holiday.date())) {
                    throw invalid(file, row, "ngày bị lặp (date listed twice)", null);
                }
                holidays.add(holiday);
            }
            return holidays;
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp ngày nghỉ (cannot read the holiday file) " + file, e);
        }
    }

    private static Holiday toHoliday(Map<String, String> row, Resource file) {
        try {
            return new Holiday(LocalDate.parse(value(row, "date")), value(row, "name"),
                HolidayKind.valueOf(value(row, "kind")));
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            throw invalid(file, row, e.getMessage(), e);
        }
    }

    private static String value(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null ? null : value.strip();
    }

    private static IllegalStateException invalid(Resource file, Map<String, String> row, String why, Exception cause) {
        return new IllegalStateException("Dòng sai trong tệp ngày nghỉ (invalid row in the holiday file) "
            + file.getDescription() + ": " + row + " — " + why, cause);
    }
}
