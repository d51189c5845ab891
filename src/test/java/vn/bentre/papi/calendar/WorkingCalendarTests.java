package vn.bentre.papi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class WorkingCalendarTests {

    /** The calendar as the application has it after loading the shipped file. */
    private static final WorkingCalendar SHIPPED = WorkingCalendar.of(HolidayFile.read(new ClassPathResource("calendar/holidays.csv")));

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Nested
    class Weekends {

        private final WorkingCalendar weekendsOnly = new WorkingCalendar();

        @Test
        void shouldNotCountSaturdayAndSunday() {
            assertThat(weekendsOnly.isWorkingDay(d(2016, 3, 12))).isFalse();
            assertThat(weekendsOnly.isWorkingDay(d(2016, 3, 13))).isFalse();
            assertThat(weekendsOnly.isWorkingDay(d(2016, 3, 14))).isTrue();
        }

        @Test
        void shouldSkipTheWeekendWhenAddingWorkingDays() {
            assertThat(weekendsOnly.addWorkingDays(d(2016, 3, 11), 1)).isEqualTo(d(2016, 3, 14));
            assertThat(weekendsOnly.addWorkingDays(d(2016, 3, 14), -1)).isEqualTo(d(2016, 3, 11));
            assertThat(weekendsOnly.addWorkingDays(d(2016, 3, 14), 0)).isEqualTo(d(2016, 3, 14));
        }

        @Test
        void shouldCountWorkingDaysAfterTheFirstDayUpToTheLast() {
            assertThat(weekendsOnly.workingDaysBetween(d(2016, 3, 11), d(2016, 3, 18))).isEqualTo(5);
            assertThat(weekendsOnly.workingDaysBetween(d(2016, 3, 18), d(2016, 3, 11))).isEqualTo(-5);
        }
    }

    @Nested
    class Holidays {

        @Test
        void shouldNotCountTet() {
            // Tết Bính Thân: 7/2/2016 (last day of Ất Mùi, a Sunday) to mùng 4 11/2, compensatory Friday 12/2.
            for (LocalDate day = d(2016, 2, 8); !day.isAfter(d(2016, 2, 12)); day = day.plusDays(1)) {
                assertThat(SHIPPED.isWorkingDay(day)).as(day.toString()).isFalse();
            }
            assertThat(SHIPPED.isWorkingDay(d(2016, 2, 5))).isTrue();
            assertThat(SHIPPED.isWorkingDay(d(2016, 2, 15))).isTrue();
        }

        @Test
        void shouldMoveADeadlinePastTheTetBreak() {
            // Thursday 4/2/2016 + 5 working days: Fri 5/2, then Tết until Sun 14/2, then 15, 16, 17, 18/2.
            assertThat(SHIPPED.addWorkingDays(d(2016, 2, 4), 5)).isEqualTo(d(2016, 2, 18));
            assertThat(new WorkingCalendar().addWorkingDays(d(2016, 2, 4), 5)).isEqualTo(d(2016, 2, 11));
        }

        @Test
        void shouldCountBackwardsOverTetToo() {
            assertThat(SHIPPED.addWorkingDays(d(2016, 2, 15), -1)).isEqualTo(d(2016, 2, 5));
            assertThat(SHIPPED.workingDaysBetween(d(2016, 2, 18), d(2016, 2, 4))).isEqualTo(-5);
        }

        @Test
        void shouldNotCountNationalDayAndTheDayBesideIt() {
            // 2021: Thursday 2/9 and Friday 3/9 are off; Wednesday 1/9 is worked.
            assertThat(SHIPPED.isWorkingDay(d(2021, 9, 1))).isTrue();
            assertThat(SHIPPED.isWorkingDay(d(2021, 9, 2))).isFalse();
            assertThat(SHIPPED.isWorkingDay(d(2021, 9, 3))).isFalse();
            assertThat(SHIPPED.addWorkingDays(d(2021, 9, 1), 1)).isEqualTo(d(2021, 9, 6));
        }

        @Test
        void shouldNotCountACompensatoryDay() {
            // Giỗ Tổ Hùng Vương 2016 was Saturday 16/4: Monday 18/4 is off.
            assertThat(SHIPPED.isWorkingDay(d(2016, 4, 18))).isFalse();
            assertThat(SHIPPED.holiday(d(2016, 4, 18))).get().extracting(Holiday::kind).isEqualTo(HolidayKind.NGHI_BU);
            assertThat(SHIPPED.addWorkingDays(d(2016, 4, 15), 1)).isEqualTo(d(2016, 4, 19));
        }

        @Test
        void shouldCountAWorkedWeekendDayAndNotASwappedDayOff() {
            WorkingCalendar swapped = WorkingCalendar.of(List.of(
                new Holiday(d(2025, 1, 27), "Nghỉ hoán đổi Tết Ất Tỵ", HolidayKind.NGHI_HOAN_DOI),
                new Holiday(d(2025, 2, 8), "Làm bù cho 27/01/2025", HolidayKind.LAM_BU)));
            assertThat(swapped.isWorkingDay(d(2025, 1, 27))).isFalse(); // a Monday
            assertThat(swapped.isWorkingDay(d(2025, 2, 8))).isTrue(); // a Saturday
            assertThat(swapped.addWorkingDays(d(2025, 2, 7), 1)).isEqualTo(d(2025, 2, 8));
        }

        @Test
        void shouldListTheRowsOfAPeriodByDate() {
            assertThat(SHIPPED.holidaysBetween(d(2016, 4, 1), d(2016, 5, 31))).extracting(Holiday::date)
                .containsExactly(d(2016, 4, 16), d(2016, 4, 18), d(2016, 4, 30), d(2016, 5, 1), d(2016, 5, 2), d(2016, 5, 3));
        }

        @Test
        void shouldCountOnlyWeekendsBeyondTheTable() {
            // Tết Tân Hợi, 23/1/2031, is not in the shipped table: extend the file before 2031 (docs/calendar.md).
            assertThat(SHIPPED.isWorkingDay(d(2031, 1, 23))).isTrue();
        }
    }

    @Nested
    class Cache {

        private final FakeClock clock = new FakeClock();
        private final CountingSource source = new CountingSource();
        private final WorkingCalendar calendar = new WorkingCalendar(source, Duration.ofMinutes(10), clock);

        @Test
        void shouldReadTheTableOnceForManyQuestions() {
            calendar.addWorkingDays(d(2016, 1, 1), 200);
            assertThat(source.reads.get()).isEqualTo(1);
        }

        @Test
        void shouldSeeAnEditAfterRefresh() {
            assertThat(calendar.isWorkingDay(d(2026, 2, 13))).isTrue();
            source.rows.add(new Holiday(d(2026, 2, 13), "Nghỉ hoán đổi", HolidayKind.NGHI_HOAN_DOI));
            assertThat(calendar.isWorkingDay(d(2026, 2, 13))).as("still cached").isTrue();
            calendar.refresh();
            assertThat(calendar.isWorkingDay(d(2026, 2, 13))).isFalse();
        }

        @Test
        void shouldSeeAnEditOnceTheCopyExpires() {
            calendar.isWorkingDay(d(2026, 2, 13));
            source.rows.add(new Holiday(d(2026, 2, 13), "Nghỉ hoán đổi", HolidayKind.NGHI_HOAN_DOI));
            clock.now = clock.now.plus(Duration.ofMinutes(9));
            assertThat(calendar.isWorkingDay(d(2026, 2, 13))).isTrue();
            clock.now = clock.now.plus(Duration.ofMinutes(2));
            assertThat(calendar.isWorkingDay(d(2026, 2, 13))).isFalse();
        }

        @Test
        void shouldKeepTheOldCopyWhenTheTableCannotBeReadAgain() {
            source.rows.add(new Holiday(d(2016, 2, 8), "Tết", HolidayKind.LE));
            calendar.isWorkingDay(d(2016, 2, 8));
            source.failing = true;
            clock.now = clock.now.plus(Duration.ofHours(1));
            assertThat(calendar.isWorkingDay(d(2016, 2, 8))).isFalse();
        }

        @Test
        void shouldFailWhenTheTableWasNeverRead() {
            source.failing = true;
            assertThatThrownBy(() -> calendar.isWorkingDay(d(2016, 2, 8))).isInstanceOf(IllegalStateException.class);
        }
    }

    private static final class CountingSource implements Supplier<List<Holiday>> {
        final List<Holiday> rows = new ArrayList<>();
        final AtomicInteger reads = new AtomicInteger();
        boolean failing;

        @Override
        public List<Holiday> get() {
            reads.incrementAndGet();
            if (failing) {
                throw new IllegalStateException("database down");
            }
            return List.copyOf(rows);
        }
    }

    private static final class FakeClock implements InstantSource {
        Instant now = Instant.parse("2026-01-05T01:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }
    }
}
