package vn.bentre.papi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatutoryHolidaysTests {

    private static List<LocalDate> daysOff(int year, HolidayKind kind) {
        return StatutoryHolidays.of(year).stream().filter(h -> h.kind() == kind).map(Holiday::date).toList();
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void shouldGiveTetFiveDaysFromTheLastDayOfTheLunarYearToMung4() {
        assertThat(daysOff(2016, HolidayKind.LE)).contains(
            d(2016, 2, 7), d(2016, 2, 8), d(2016, 2, 9), d(2016, 2, 10), d(2016, 2, 11))
            .doesNotContain(d(2016, 2, 6), d(2016, 2, 12));
    }

    @Test
    void shouldListElevenPublicHolidaysUnderThe2012CodeAndTwelveUnderThe2019Code() {
        assertThat(daysOff(2020, HolidayKind.LE)).hasSize(10);
        assertThat(daysOff(2021, HolidayKind.LE)).hasSize(11);
    }

    @Nested
    class NationalDay {

        @Test
        void shouldBeOneDayUntil2020() {
            for (int year = 2015; year <= 2020; year++) {
                assertThat(daysOff(year, HolidayKind.LE)).contains(d(year, 9, 2))
                    .doesNotContain(d(year, 9, 1), d(year, 9, 3));
            }
        }

        @Test
        void shouldAddTheNeighbourTheGovernmentChoseFrom2021To2025() {
            assertThat(daysOff(2021, HolidayKind.LE)).contains(d(2021, 9, 2), d(2021, 9, 3)); // Thu + Fri
            assertThat(daysOff(2022, HolidayKind.LE)).contains(d(2022, 9, 1), d(2022, 9, 2)); // Thu + Fri
            assertThat(daysOff(2023, HolidayKind.LE)).contains(d(2023, 9, 1), d(2023, 9, 2)); // Fri + Sat
            assertThat(daysOff(2024, HolidayKind.LE)).contains(d(2024, 9, 2), d(2024, 9, 3)); // Mon + Tue
            assertThat(daysOff(2025, HolidayKind.LE)).contains(d(2025, 9, 1), d(2025, 9, 2)); // Mon + Tue
        }

        @Test
        void shouldTakeTheDayBeforeWhenTheSecondIsAWednesday() {
            assertThat(StatutoryHolidays.nationalDayNeighbour(d(2026, 9, 2))).isEqualTo(d(2026, 9, 1));
        }

        @Test
        void shouldTakeTheMondayWhenTheSecondIsASunday() {
            assertThat(StatutoryHolidays.nationalDayNeighbour(d(2029, 9, 2))).isEqualTo(d(2029, 9, 3));
            assertThat(daysOff(2029, HolidayKind.NGHI_BU)).contains(d(2029, 9, 4));
        }
    }

    @Nested
    class CompensatoryDays {

        @Test
        void shouldFollowAHolidayOnASaturdayOnTheNextMonday() {
            assertThat(daysOff(2016, HolidayKind.NGHI_BU)).contains(d(2016, 4, 18)); // Giỗ Tổ on Sat 16/4
        }

        @Test
        void shouldNotLandOnAnotherHoliday() {
            // 30/4/2016 Saturday and 1/5/2016 Sunday: Monday 2/5 and Tuesday 3/5.
            assertThat(daysOff(2016, HolidayKind.NGHI_BU)).contains(d(2016, 5, 2), d(2016, 5, 3));
            // Giỗ Tổ Sat 29/4/2023, 30/4 Sun, 1/5 Mon: Tuesday 2/5 and Wednesday 3/5.
            assertThat(daysOff(2023, HolidayKind.NGHI_BU)).contains(d(2023, 5, 2), d(2023, 5, 3));
        }

        @Test
        void shouldComeAfterTheWholeTetBreak() {
            // Tết Đinh Dậu: 27/1/2017 (Fri) to mùng 4 31/1 (Tue); mùng 1 and 2 on the weekend.
            assertThat(daysOff(2017, HolidayKind.NGHI_BU)).containsExactly(
                d(2017, 1, 2), d(2017, 2, 1), d(2017, 2, 2), d(2017, 5, 2), d(2017, 9, 4));
        }

        @Test
        void shouldNotFollowAHolidayOnAWeekday() {
            // 2015: only mùng 3 and mùng 4 of Tết Ất Mùi (Sat 21/2, Sun 22/2) fell on a weekend.
            assertThat(daysOff(2015, HolidayKind.NGHI_BU)).containsExactly(d(2015, 2, 23), d(2015, 2, 24));
        }
    }
}
