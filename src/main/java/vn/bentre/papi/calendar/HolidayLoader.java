package vn.bentre.papi.calendar;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the holiday data file into {@code cal_holiday} at every start, in one transaction and
 * idempotently (an unchanged file writes nothing), then makes the working calendar read the
 * table again. Runs right after the organisation, before other features' start-up tasks that
 * may compute due dates.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class HolidayLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HolidayLoader.class);

    private final CalendarProperties properties;
    private final HolidayRepository repository;
    private final WorkingCalendar calendar;
    private final TransactionTemplate transaction;

    HolidayLoader(CalendarProperties properties, HolidayRepository repository, WorkingCalendar calendar,
            TransactionTemplate transaction) {
        this.properties = properties;
        this.repository = repository;
        this.calendar = calendar;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        load(properties.holidaysFile());
        warnIfNextYearMissing(repository.findAll(), LocalDate.now());
    }

    HolidayRepository.SyncResult load(Resource file) {
        List<Holiday> holidays = HolidayFile.read(file);
        HolidayRepository.SyncResult result = transaction.execute(status -> repository.synchronise(holidays));
        calendar.refresh();
        log.info("Ngày nghỉ: {} dòng trong {}; thêm {}, sửa {}, xoá {}, giữ {} dòng do quản trị viên nhập",
            holidays.size(), file.getDescription(), result.inserted(), result.updated(), result.deleted(),
            result.adminKept());
        return result;
    }

    /**
     * Deadlines of next year's Q1 are computed before it starts; without its rows Tết would
     * silently count as working days.
     *
     * @return whether the table lacks next year
     */
    static boolean warnIfNextYearMissing(List<Holiday> holidays, LocalDate today) {
        int nextYear = today.getYear() + 1;
        boolean missing = holidays.stream().noneMatch(h -> h.date().getYear() == nextYear && h.kind() == HolidayKind.LE);
        if (missing) {
            log.warn("Bảng ngày nghỉ cal_holiday chưa có năm {}: bổ sung tệp calendar/holidays.csv (docs/calendar.md) "
                + "(the holiday table has no public holidays for {}: extend the holiday file)", nextYear, nextYear);
        }
        return missing;
    }
}
