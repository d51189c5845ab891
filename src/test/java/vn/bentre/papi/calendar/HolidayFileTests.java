package vn.bentre.papi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class HolidayFileTests {

    private static final ClassPathResource SHIPPED = new ClassPathResource("calendar/holidays.csv");

    @Test
    void shouldShipExactlyWhatTheStatutoryRulesGiveFor2015To2030() {
        assertThat(HolidayFile.read(SHIPPED)).containsExactlyElementsOf(StatutoryHolidays.between(2015, 2030));
    }

    @Test
    void shouldBeTheGeneratorsOutputByteForByte() throws Exception {
        // A hand edit of the file must go through the rules (or be an administrator's row in the table).
        assertThat(Files.readString(HolidayFileGenerator.FILE, StandardCharsets.UTF_8))
            .isEqualTo(HolidayFileGenerator.render(2015, 2030));
    }

    @Test
    void shouldStateTheRuleItWasMadeWithInItsHeader() throws Exception {
        assertThat(SHIPPED.getContentAsString(StandardCharsets.UTF_8))
            .contains("Bộ luật Lao động 2012", "Bộ luật Lao động 2019", "mức tối thiểu", "Nghỉ bù", "UTC+7");
    }

    @Test
    void shouldCoverEveryYearFrom2015To2030() {
        List<Integer> years = HolidayFile.read(SHIPPED).stream()
            .filter(h -> h.date().getMonthValue() == 1 && h.date().getDayOfMonth() == 1)
            .map(h -> h.date().getYear()).toList();
        assertThat(years).containsExactly(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
            2026, 2027, 2028, 2029, 2030);
    }

    @Test
    void shouldReadQuotedNamesAndIgnoreComments() {
        List<Holiday> rows = HolidayFile.read(csv("""
            # comment
            date,name,kind
            2026-02-13,"Nghỉ hoán đổi, Tết Bính Ngọ",NGHI_HOAN_DOI
            2026-02-28,Làm bù,LAM_BU
            """));
        assertThat(rows).containsExactly(
            new Holiday(LocalDate.of(2026, 2, 13), "Nghỉ hoán đổi, Tết Bính Ngọ", HolidayKind.NGHI_HOAN_DOI),
            new Holiday(LocalDate.of(2026, 2, 28), "Làm bù", HolidayKind.LAM_BU));
    }

    @Nested
    class BadRows {

        @Test
        void shouldRejectAnUnknownKind() {
            assertThatThrownBy(() -> HolidayFile.read(csv("date,name,kind\n2026-01-01,Tết Dương lịch,HOLIDAY\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2026-01-01");
        }

        @Test
        void shouldRejectABadDate() {
            assertThatThrownBy(() -> HolidayFile.read(csv("date,name,kind\n01/01/2026,Tết Dương lịch,LE\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("01/01/2026");
        }

        @Test
        void shouldRejectAMissingName() {
            assertThatThrownBy(() -> HolidayFile.read(csv("date,name,kind\n2026-01-01,,LE\n")))
                .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void shouldRejectADateListedTwice() {
            assertThatThrownBy(() -> HolidayFile.read(csv("date,name,kind\n2026-01-01,A,LE\n2026-01-01,B,NGHI_BU\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lặp");
        }
    }

    private static ByteArrayResource csv(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "test holidays");
    }
}
