package vn.bentre.papi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTests {

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void shouldCutOffTheFirstQuarterFromTheFifteenthOfDecemberToTheFourteenthOfMarch() {
        ReportingPeriod q1 = new ReportingPeriod(PeriodType.Q1, 2016);
        assertThat(q1.cutOffStart()).isEqualTo(d(2015, 12, 15));
        assertThat(q1.cutOffEnd()).isEqualTo(d(2016, 3, 14));
    }

    @Test
    void shouldCutOffSixMonthsNineMonthsAndTheYearFromTheSameStart() {
        assertThat(new ReportingPeriod(PeriodType.H1, 2016)).extracting(ReportingPeriod::cutOffStart, ReportingPeriod::cutOffEnd)
            .containsExactly(d(2015, 12, 15), d(2016, 6, 14));
        assertThat(new ReportingPeriod(PeriodType.Q3, 2016)).extracting(ReportingPeriod::cutOffStart, ReportingPeriod::cutOffEnd)
            .containsExactly(d(2015, 12, 15), d(2016, 9, 14));
        assertThat(new ReportingPeriod(PeriodType.YEAR, 2016)).extracting(ReportingPeriod::cutOffStart, ReportingPeriod::cutOffEnd)
            .containsExactly(d(2015, 12, 15), d(2016, 12, 14));
    }

    @Test
    void shouldStartTheNextYearsPeriodsTheDayAfterTheYearIsCutOff() {
        assertThat(new ReportingPeriod(PeriodType.YEAR, 2016).cutOffEnd()).isEqualTo(d(2016, 12, 14));
        assertThat(new ReportingPeriod(PeriodType.Q1, 2017).cutOffStart()).isEqualTo(d(2016, 12, 15));
    }

    @Test
    void shouldCoverTheDaysOfItsWindowOnly() {
        ReportingPeriod q1 = new ReportingPeriod(PeriodType.Q1, 2016);
        assertThat(q1.covers(d(2015, 12, 15))).isTrue();
        assertThat(q1.covers(d(2016, 3, 14))).isTrue();
        assertThat(q1.covers(d(2015, 12, 14))).isFalse();
        assertThat(q1.covers(d(2016, 3, 15))).isFalse();
    }

    @Test
    void shouldBeLabelledInVietnamese() {
        assertThat(ReportingPeriod.of(2016)).extracting(ReportingPeriod::label)
            .containsExactly("Quý I năm 2016", "6 tháng năm 2016", "9 tháng năm 2016", "Năm 2016");
        assertThat(PeriodType.values()).extracting(PeriodType::label).containsExactly("Quý I", "6 tháng", "9 tháng", "Năm");
    }

    @Test
    void shouldFollowQ1H1Q3YearThenTheNextYear() {
        ReportingPeriod period = new ReportingPeriod(PeriodType.Q1, 2016);
        assertThat(period.next()).isEqualTo(new ReportingPeriod(PeriodType.H1, 2016));
        assertThat(period.next().next().next()).isEqualTo(new ReportingPeriod(PeriodType.YEAR, 2016));
        assertThat(period.next().next().next().next()).isEqualTo(new ReportingPeriod(PeriodType.Q1, 2017));
    }

    @Test
    void shouldReadItsCodeBack() {
        for (ReportingPeriod period : ReportingPeriod.of(2016)) {
            assertThat(ReportingPeriod.parse(period.code())).isEqualTo(period);
        }
        assertThat(new ReportingPeriod(PeriodType.YEAR, 2016).code()).isEqualTo("2016-YEAR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2016", "Q1-2016", "2016-Q2", "2016-q1"})
    void shouldRejectACodeThatIsNoPeriod(String code) {
        assertThatThrownBy(() -> ReportingPeriod.parse(code)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("2016-Q1");
    }
}
