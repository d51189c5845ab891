package vn.bentre.papi.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code cal_holiday} table. Rows have a source: {@code FILE} rows mirror the holiday data
 * file, {@code ADMIN} rows (the column's default) were added by an administrator and are never
 * touched by the file.
 */
@Repository
class HolidayRepository {

    static final String FROM_FILE = "FILE";
    static final String FROM_ADMIN = "ADMIN";

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(
        new Holiday(rs.getObject("holiday_date", LocalDate.class), rs.getString("name"),
            HolidayKind.valueOf(rs.getString("kind"))),
        rs.getString("source"));

    private final JdbcClient jdbc;

    HolidayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Holiday> findAll() {
        return rows().stream().map(Row::holiday).toList();
    }

    /** What one synchronisation wrote; {@code adminKept} counts file dates that an administrator's row holds. */
    record SyncResult(int inserted, int updated, int deleted, int adminKept) {
        boolean changedNothing() {
            return inserted == 0 && updated == 0 && deleted == 0;
        }
    }

    /**
     * Makes the {@code FILE} rows equal to the file: inserts new dates, updates changed ones,
     * deletes file rows whose date left the file (a corrected date must not leave a wrong day off
     * behind). An administrator's row for a date wins over the file.
     */
    SyncResult synchronise(List<Holiday> fromFile) {
        Map<LocalDate, Row> existing = rows().stream().collect(Collectors.toMap(r -> r.holiday().date(), Function.identity()));
        int inserted = 0;
        int updated = 0;
        int adminKept = 0;
        for (Holiday holiday : fromFile) {
            Row before = existing.get(holiday.date());
            if (before == null) {
                jdbc.sql("insert into cal_holiday (holiday_date, name, kind, source) values (?, ?, ?, ?)")
                    .params(holiday.date(), holiday.name(), holiday.kind().name(), FROM_FILE)
                    .update();
                inserted++;
            } else if (!FROM_FILE.equals(before.source())) {
                adminKept++;
            } else if (!before.holiday().equals(holiday)) {
                jdbc.sql("update cal_holiday set name = ?, kind = ? where holiday_date = ?")
                    .params(holiday.name(), holiday.kind().name(), holiday.date())
                    .update();
                updated++;
            }
        }
        Set<LocalDate> inFile = fromFile.stream().map(Holiday::date).collect(Collectors.toSet());
        int deleted = 0;
        for (Row row : existing.values()) {
            if (FROM_FILE.equals(row.source()) && !inFile.contains(row.holiday().date())) {
                deleted += jdbc.sql("delete from cal_holiday where holiday_date = ? and source = ?")
                    .params(row.holiday().date(), FROM_FILE)
                    .update();
            }
        }
        return new SyncResult(inserted, updated, deleted, adminKept);
    }

    private List<Row> rows() {
        return jdbc.sql("select holiday_date, name, kind, source from cal_holiday order by holiday_date").query(ROW).list();
    }

    private record Row(Holiday holiday, String source) {
    }
}
