package vn.bentre.papi.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Working days of the provincial administration: Monday to Friday, except the days off in the
 * holiday table {@code cal_holiday} (Tết and the other public holidays, compensatory days), plus
 * the weekend days that the table marks as worked ({@link HolidayKind#LAM_BU}).
 * <p>
 * The table is read once and cached; the copy is read again after {@code papi.calendar.holiday-cache-ttl}
 * (an administrator's edit reaches every node of a cluster) or at once by {@link #refresh()}.
 * Days outside the years the table covers (2015–2030 as shipped) count weekends only.
 */
@Service
public class WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

    /** A fixed list never changes: its copy never expires. */
    private static final Duration FOREVER = ChronoUnit.FOREVER.getDuration();

    private final Supplier<List<Holiday>> source;
    private final Duration ttl;
    private final InstantSource clock;
    private volatile Snapshot snapshot;

    /** Weekends only, no holidays: for unit tests of features that do not care about holidays. */
    public WorkingCalendar() {
        this(List::of, FOREVER, InstantSource.system());
    }

    @Autowired
    WorkingCalendar(HolidayRepository holidays, CalendarProperties properties) {
        this(holidays::findAll, properties.holidayCacheTtl(), InstantSource.system());
    }

    WorkingCalendar(Supplier<List<Holiday>> source, Duration ttl, InstantSource clock) {
        this.source = source;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** A calendar with a fixed list of holidays and no database: for unit tests of other features. */
    public static WorkingCalendar of(Collection<Holiday> holidays) {
        List<Holiday> copy = List.copyOf(holidays);
        return new WorkingCalendar(() -> copy, FOREVER, InstantSource.system());
    }

    public boolean isWorkingDay(LocalDate day) {
        Holiday holiday = holidays().get(day);
        if (holiday != null) {
            return !holiday.kind().dayOff();
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The day that lies the given number of working days after {@code start} (negative: before). */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        int step = workingDays >= 0 ? 1 : -1;
        LocalDate day = start;
        for (int left = Math.abs(workingDays); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The table's row for the day, if any: why a weekday is off, or why a weekend day is worked. */
    public Optional<Holiday> holiday(LocalDate day) {
        return Optional.ofNullable(holidays().get(day));
    }

    /** Rows of the table from {@code from} to {@code to}, both inclusive, by date. */
    public List<Holiday> holidaysBetween(LocalDate from, LocalDate to) {
        return holidays().values().stream()
            .filter(h -> !h.date().isBefore(from) && !h.date().isAfter(to))
            .sorted(Comparator.comparing(Holiday::date))
            .toList();
    }

    /** Forgets the cached copy of the holiday table: the next question reads it again. */
    public void refresh() {
        snapshot = null;
    }

    private Map<LocalDate, Holiday> holidays() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.expires())) {
            return current.byDate();
        }
        try {
            Map<LocalDate, Holiday> byDate = source.get().stream()
                .collect(Collectors.toUnmodifiableMap(Holiday::date, Function.identity()));
            snapshot = new Snapshot(byDate, expiry(now));
            return byDate;
        } catch (RuntimeException e) {
            if (current == null) {
                throw e;
            }
            // A passing database failure must not stop every deadline computation: keep the old copy a while.
            log.warn("Không đọc lại được bảng ngày nghỉ, dùng bản đã có (could not re-read cal_holiday, keeping the cached copy)", e);
            snapshot = new Snapshot(current.byDate(), expiry(now));
            return current.byDate();
        }
    }

    private Instant expiry(Instant now) {
        try {
            return now.plus(ttl);
        } catch (DateTimeException | ArithmeticException tooFar) {
            return Instant.MAX;
        }
    }

    private record Snapshot(Map<LocalDate, Holiday> byDate, Instant expires) {
    }
}
