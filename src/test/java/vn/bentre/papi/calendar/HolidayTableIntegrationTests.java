package vn.bentre.papi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The calendar in the running application: Flyway's table, the start-up load, the beans other features use. */
@SpringBootTest
@ActiveProfiles("test")
class HolidayTableIntegrationTests {

    private static final Resource SHIPPED = new ClassPathResource("calendar/holidays.csv");

    @Autowired
    HolidayLoader loader;
    @Autowired
    WorkingCalendar workingCalendar;
    @Autowired
    ReportingCalendar reportingCalendar;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void restoreTheShippedTable() {
        jdbc.sql("delete from cal_holiday where source = 'ADMIN'").update();
        loader.load(SHIPPED);
    }

    @Test
    void shouldLoadTheHolidayFileIntoTheTableAtStart() {
        assertThat(count("source = 'FILE'")).isEqualTo(HolidayFile.read(SHIPPED).size());
        assertThat(workingCalendar.isWorkingDay(LocalDate.of(2016, 2, 8))).isFalse();
        assertThat(workingCalendar.addWorkingDays(LocalDate.of(2016, 2, 4), 5)).isEqualTo(LocalDate.of(2016, 2, 18));
    }

    @Test
    void shouldComputeDeadlinesWithTheDefaultSettings() {
        assertThat(reportingCalendar.deadline(new ReportingPeriod(PeriodType.Q1, 2016), ReportingLevel.COMMUNE))
            .isEqualTo(LocalDate.of(2016, 3, 17));
    }

    @Test
    void shouldChangeNothingWhenTheSameFileIsLoadedAgain() {
        HolidayRepository.SyncResult again = loader.load(SHIPPED);
        assertThat(again.changedNothing()).isTrue();
        assertThat(count("1 = 1")).isEqualTo(HolidayFile.read(SHIPPED).size());
    }

    @Test
    void shouldUpdateARowEditedInTheFile() {
        HolidayRepository.SyncResult result = loader.load(shippedWith(
            "2016-04-18,Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) trùng thứ Bảy 16/04/2016,NGHI_BU",
            "2016-04-18,Nghỉ bù Giỗ Tổ Hùng Vương 2016,NGHI_BU"));
        assertThat(result).isEqualTo(new HolidayRepository.SyncResult(0, 1, 0, 0));
        assertThat(workingCalendar.holiday(LocalDate.of(2016, 4, 18))).get()
            .extracting(Holiday::name).isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương 2016");
    }

    @Test
    void shouldMoveADayWhoseDateWasCorrectedInTheFile() {
        HolidayRepository.SyncResult result = loader.load(shippedWith(
            "2016-04-18,Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) trùng thứ Bảy 16/04/2016,NGHI_BU",
            "2016-04-19,Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) trùng thứ Bảy 16/04/2016,NGHI_BU"));
        assertThat(result).isEqualTo(new HolidayRepository.SyncResult(1, 0, 1, 0));
        assertThat(workingCalendar.isWorkingDay(LocalDate.of(2016, 4, 18))).isTrue();
        assertThat(workingCalendar.isWorkingDay(LocalDate.of(2016, 4, 19))).isFalse();
    }

    @Test
    void shouldKeepRowsAnAdministratorAdded() {
        // Tết Bính Ngọ 2026 lengthened by decision: Friday 13/2 off (inserted rows are ADMIN by default).
        jdbc.sql("insert into cal_holiday (holiday_date, name, kind) values (?, ?, ?)")
            .params(LocalDate.of(2026, 2, 13), "Nghỉ hoán đổi Tết Bính Ngọ", "NGHI_HOAN_DOI").update();

        HolidayRepository.SyncResult result = loader.load(SHIPPED);

        assertThat(result.changedNothing()).isTrue();
        assertThat(workingCalendar.isWorkingDay(LocalDate.of(2026, 2, 13))).isFalse();
    }

    @Test
    void shouldKeepAFileRowThatAnAdministratorTookOver() {
        jdbc.sql("update cal_holiday set name = ?, source = 'ADMIN' where holiday_date = ?")
            .params("Tết Bính Ngọ: 29 tháng Chạp (theo quyết định)", LocalDate.of(2026, 2, 16)).update();

        HolidayRepository.SyncResult result = loader.load(SHIPPED);

        assertThat(result).isEqualTo(new HolidayRepository.SyncResult(0, 0, 0, 1));
        assertThat(workingCalendar.holiday(LocalDate.of(2026, 2, 16))).get()
            .extracting(Holiday::name).isEqualTo("Tết Bính Ngọ: 29 tháng Chạp (theo quyết định)");
    }

    private int count(String where) {
        return jdbc.sql("select count(*) from cal_holiday where " + where).query(Integer.class).single();
    }

    private static Resource shippedWith(String line, String replacement) {
        try {
            String text = SHIPPED.getContentAsString(StandardCharsets.UTF_8);
            assertThat(text).contains(line);
            return new ByteArrayResource(text.replace(line, replacement).getBytes(StandardCharsets.UTF_8), "edited holidays.csv");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
