package vn.bentre.papi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LunarCalendarTests {

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
        "2015, 2015-02-19", "2016, 2016-02-08", "2017, 2017-01-28", "2018, 2018-02-16",
        "2019, 2019-02-05", "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01",
        "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17",
        "2027, 2027-02-06", "2028, 2028-01-26", "2029, 2029-02-13",
        // The new moon is at 16:08 UTC on 2/2/2030: 23:08 in Vietnam (UTC+7), 00:08 on 3/2 in
        // China (UTC+8). Vietnam's Tết is a day before the Chinese New Year (3/2/2030).
        "2030, 2030-02-02"})
    void shouldFindTetOnItsSolarDate(int year, LocalDate tet) {
        assertThat(LunarCalendar.tet(year)).isEqualTo(tet);
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} is {1}")
    @CsvSource({
        "2015, 2015-04-28", "2016, 2016-04-16", "2017, 2017-04-06", "2018, 2018-04-25",
        "2019, 2019-04-14", "2020, 2020-04-02", "2021, 2021-04-21", "2022, 2022-04-10",
        // 2023 has a leap 2nd month: the 3rd month starts a month later.
        "2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07"})
    void shouldFindHungKingsCommemorationOnTheTenthOfTheThirdMonth(int year, LocalDate day) {
        assertThat(LunarCalendar.toSolar(10, 3, year, false)).isEqualTo(day);
    }

    @Test
    void shouldPlaceTheLeapMonthAfterTheRegularMonthOfTheSameNumber() {
        // Quý Mão 2023: tháng 2 starts 20/2/2023, tháng 2 nhuận 22/3/2023, tháng 3 20/4/2023.
        assertThat(LunarCalendar.toSolar(1, 2, 2023, false)).isEqualTo(LocalDate.of(2023, 2, 20));
        assertThat(LunarCalendar.toSolar(1, 2, 2023, true)).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(LunarCalendar.toSolar(1, 3, 2023, false)).isEqualTo(LocalDate.of(2023, 4, 20));
    }

    @Test
    void shouldRejectALeapMonthTheYearDoesNotHave() {
        assertThatThrownBy(() -> LunarCalendar.toSolar(1, 3, 2023, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarCalendar.toSolar(1, 2, 2024, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNameTheYearsInTheSexagenaryCycle() {
        assertThat(LunarCalendar.canChi(2015)).isEqualTo("Ất Mùi");
        assertThat(LunarCalendar.canChi(2016)).isEqualTo("Bính Thân");
        assertThat(LunarCalendar.canChi(2024)).isEqualTo("Giáp Thìn");
        assertThat(LunarCalendar.canChi(2030)).isEqualTo("Canh Tuất");
    }
}
