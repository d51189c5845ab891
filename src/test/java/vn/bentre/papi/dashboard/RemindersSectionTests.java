package vn.bentre.papi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Section 3, {@code reminders}: reminders and escalations of the last 30 days by day, kind and status. */
class RemindersSectionTests extends DashboardTestSupport {

    static final String ID = RemindersSection.ID;
    static final String COMMUNE = "xa-28756";
    static final String NEIGHBOUR = "xa-28757";
    static final String DISTRICT = "huyen-829";
    static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    private int sequence;

    /** Today is 14/03/2025: the window runs from 13/02/2025 00:00 to the end of today, Vietnam time. */
    @BeforeEach
    void outbox() {
        clockAt(TODAY, LocalTime.of(10, 0));
        write("BEFORE", "SENT", COMMUNE, LocalDateTime.of(2025, 3, 10, 9, 0));
        write("DUE", "PENDING", COMMUNE, LocalDateTime.of(2025, 3, 10, 10, 0));
        write("OVERDUE", "SENT", COMMUNE, LocalDateTime.of(2025, 3, 11, 7, 0));
        write("OVERDUE", "SENT", COMMUNE, LocalDateTime.of(2025, 3, 12, 7, 0));
        write("OVERDUE", "FAILED", COMMUNE, LocalDateTime.of(2025, 3, 13, 7, 0));
        write("ESCALATION", "SKIPPED", COMMUNE, LocalDateTime.of(2025, 3, 14, 8, 0));
        write("ESCALATION", "SENT", DISTRICT, LocalDateTime.of(2025, 3, 14, 8, 0));
        write("OVERDUE", "PENDING", NEIGHBOUR, LocalDateTime.of(2025, 3, 1, 7, 0));
        write("OVERDUE", "SENT", NEIGHBOUR, LocalDateTime.of(2025, 2, 13, 0, 0));
        write("DUE", "SENT", "so-y-te", LocalDateTime.of(2025, 2, 20, 7, 0));
        // Left out: before the window, a plain notice, and one written "tomorrow" (a clock moved back).
        write("OVERDUE", "SENT", COMMUNE, LocalDateTime.of(2025, 2, 12, 23, 59));
        write("NOTIFY", "SENT", COMMUNE, LocalDateTime.of(2025, 3, 12, 9, 0));
        write("DUE", "SENT", COMMUNE, LocalDateTime.of(2025, 3, 15, 0, 0));
    }

    private void write(String kind, String status, String unitId, LocalDateTime vietnamTime) {
        var createdAt = vietnamTime.atZone(DashboardFormat.VIETNAM).toInstant().atOffset(ZoneOffset.UTC);
        jdbc.sql("insert into ntf_outbox (dedup_key, kind, unit_id, recipients, subject, body, status, attempts, "
                + "next_attempt_at, created_at) values (?, ?, ?, '', 'Nhắc việc', 'Nội dung', ?, 0, ?, ?)")
            .params("dashboard-test:" + sequence++, kind, unitId, status, createdAt, createdAt).update();
    }

    @Test
    void shouldCountTheLastThirtyDaysByDayKindAndStatus() {
        JsonNode section = section("so-noi-vu-cv", ID);

        List<String> days = texts(section.get("labels"));
        assertThat(days).hasSize(30).startsWith("13/02/2025").endsWith("14/03/2025");
        assertThat(series(section, "Nhắc quá hạn").get(0)).as("13/02, first day of the window").isEqualTo(1.0);
        assertThat(series(section, "Nhắc quá hạn").get(days.indexOf("12/03/2025"))).isEqualTo(1.0);
        assertThat(series(section, "Chuyển cấp xử lý").get(29)).isEqualTo(2.0);
        assertThat(series(section, "Nhắc đến hạn").stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(2.0);
        assertThat(rows(section)).containsExactly(
            List.of("Nhắc trước hạn", "1", "1", "0", "0"),
            List.of("Nhắc đến hạn", "2", "1", "1", "0"),
            List.of("Nhắc quá hạn", "5", "3", "1", "1"),
            List.of("Chuyển cấp xử lý", "2", "1", "0", "1"),
            List.of("Cộng", "10", "6", "2", "2"));
        assertThat(section.get("note").asText()).startsWith("Từ 13/02/2025 đến 14/03/2025");
    }

    @Test
    void shouldShowACommuneOnlyItsOwnReminders() {
        assertThat(rows(section(COMMUNE + "-cv", ID))).containsExactly(
            List.of("Nhắc trước hạn", "1", "1", "0", "0"),
            List.of("Nhắc đến hạn", "1", "0", "1", "0"),
            List.of("Nhắc quá hạn", "3", "2", "0", "1"),
            List.of("Chuyển cấp xử lý", "1", "0", "0", "1"),
            List.of("Cộng", "6", "3", "1", "2"));
    }

    @Test
    void shouldShowADistrictsHomeAffairsOfficeItsDistrictAndCommunes() {
        assertThat(rows(section(DISTRICT + "-phong-noi-vu-cv", ID))).containsExactly(
            List.of("Nhắc trước hạn", "1", "1", "0", "0"),
            List.of("Nhắc đến hạn", "1", "0", "1", "0"),
            List.of("Nhắc quá hạn", "5", "3", "1", "1"),
            List.of("Chuyển cấp xử lý", "2", "1", "0", "1"),
            List.of("Cộng", "9", "5", "2", "2"));
    }
}
