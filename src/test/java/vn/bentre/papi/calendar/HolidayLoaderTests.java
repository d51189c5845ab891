package vn.bentre.papi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class HolidayLoaderTests {

    @Test
    void shouldWarnWhenTheTableHasNoPublicHolidayNextYear() {
        var shipped = HolidayFile.read(new ClassPathResource("calendar/holidays.csv"));
        assertThat(HolidayLoader.warnIfNextYearMissing(shipped, LocalDate.of(2029, 6, 1))).isFalse();
        assertThat(HolidayLoader.warnIfNextYearMissing(shipped, LocalDate.of(2030, 6, 1))).isTrue();
    }
}
