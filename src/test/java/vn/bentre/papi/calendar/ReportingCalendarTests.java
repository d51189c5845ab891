package vn.bentre.papi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class ReportingCalendarTests {

    private static final WorkingCalendar SHIPPED = WorkingCalendar.of(HolidayFile.read(new ClassPathResource("calendar/holidays.csv")));

    private final ReportingCalendar calendar = new ReportingCalendar(SHIPPED, CalendarProperties.defaults());

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Nested
    class Deadlines {

        private final ReportingPeriod q1of2016 = new ReportingPeriod(PeriodType.Q1, 2016);

        @Test
        void shouldGiveEachLevelItsDefaultNumberOfWorkingDaysAfterTheCutOff() {
            // Cut-off end Monday 14/3/2016.
            assertThat(calendar.deadline(q1of2016, ReportingLevel.COMMUNE)).isEqualTo(d(2016, 3, 17));
            assertThat(calendar.deadline(q1of2016, ReportingLevel.DISTRICT)).isEqualTo(d(2016, 3, 21));
            assertThat(calendar.deadline(q1of2016, ReportingLevel.DEPARTMENT)).isEqualTo(d(2016, 3, 21));
            assertThat(calendar.deadline(q1of2016, ReportingLevel.PROVINCE)).isEqualTo(d(2016, 3, 24));
        }

        @Test
        void shouldNameEachStepInVietnamese() {
            assertThat(ReportingLevel.COMMUNE.label()).isEqualTo("UBND cấp xã báo cáo UBND cấp huyện (qua Phòng Nội vụ)");
            assertThat(ReportingLevel.PROVINCE.label()).isEqualTo("Sở Nội vụ tổng hợp, báo cáo UBND tỉnh");
        }

        @Test
        void shouldStartCountingOnTheMondayWhenTheCutOffIsASaturday() {
            // 14/3/2020 is a Saturday: 3 working days are Mon 16, Tue 17, Wed 18.
            assertThat(calendar.deadline(new ReportingPeriod(PeriodType.Q1, 2020), ReportingLevel.COMMUNE))
                .isEqualTo(d(2020, 3, 18));
        }

        @Test
        void shouldUseTheConfiguredNumbersAndSkipHolidays() {
            CalendarProperties fifteen = new CalendarProperties(new CalendarProperties.Deadlines(5, 10, 10, 15), null, Duration.ofMinutes(1));
            ReportingCalendar slow = new ReportingCalendar(SHIPPED, fifteen);
            // From Sat 14/3/2020, 15 working days would end on Fri 3/4; Giỗ Tổ Thu 2/4/2020 moves it to Mon 6/4.
            assertThat(slow.deadline(new ReportingPeriod(PeriodType.Q1, 2020), ReportingLevel.PROVINCE)).isEqualTo(d(2020, 4, 6));
            assertThat(slow.deadline(new ReportingPeriod(PeriodType.Q1, 2020), ReportingLevel.COMMUNE)).isEqualTo(d(2020, 3, 20));
        }
    }

    @Nested
    class CutOffs {

        @Test
        void shouldGiveThePeriodWhoseCutOffIsTodayOrComesNext() {
            assertThat(calendar.nextCutOff(d(2016, 1, 1))).isEqualTo(new ReportingPeriod(PeriodType.Q1, 2016));
            assertThat(calendar.nextCutOff(d(2016, 3, 14))).isEqualTo(new ReportingPeriod(PeriodType.Q1, 2016));
            assertThat(calendar.nextCutOff(d(2016, 3, 15))).isEqualTo(new ReportingPeriod(PeriodType.H1, 2016));
            assertThat(calendar.nextCutOff(d(2016, 7, 1))).isEqualTo(new ReportingPeriod(PeriodType.Q3, 2016));
            assertThat(calendar.nextCutOff(d(2016, 12, 14))).isEqualTo(new ReportingPeriod(PeriodType.YEAR, 2016));
        }

        @Test
        void shouldCrossTheYearAfterTheFourteenthOfDecember() {
            assertThat(calendar.nextCutOff(d(2016, 12, 15))).isEqualTo(new ReportingPeriod(PeriodType.Q1, 2017));
            assertThat(calendar.nextCutOff(d(2016, 12, 31))).isEqualTo(new ReportingPeriod(PeriodType.Q1, 2017));
        }

        @Test
        void shouldGiveThePeriodBeingReportedOn() {
            assertThat(calendar.lastCutOff(d(2016, 3, 14))).isEqualTo(new ReportingPeriod(PeriodType.YEAR, 2015));
            assertThat(calendar.lastCutOff(d(2016, 3, 15))).isEqualTo(new ReportingPeriod(PeriodType.Q1, 2016));
            assertThat(calendar.lastCutOff(d(2016, 7, 1))).isEqualTo(new ReportingPeriod(PeriodType.H1, 2016));
            assertThat(calendar.lastCutOff(d(2016, 12, 15))).isEqualTo(new ReportingPeriod(PeriodType.YEAR, 2016));
            assertThat(calendar.lastCutOff(d(2017, 1, 1))).isEqualTo(new ReportingPeriod(PeriodType.YEAR, 2016));
        }
    }
}
