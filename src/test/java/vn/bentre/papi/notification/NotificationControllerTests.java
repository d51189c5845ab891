package vn.bentre.papi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code GET /api/notifications}. */
class NotificationControllerTests extends NotificationTestSupport {

    @Autowired TestRestTemplate http;
    @Autowired Outbox outbox;
    @Autowired ObjectMapper json;

    @BeforeEach
    void threeNotificationsOnThreeDays() {
        for (int day = 1; day <= 3; day++) {
            clockAt(LocalDate.of(2025, 3, day + 2), 9);
            outbox.enqueue(new OutboxMessage("api-test:" + day, NotificationKind.NOTIFY, "task-" + day, null, UNIT,
                List.of(mail("xa-28756-cv")), "Thông báo số " + day, "Nội dung"));
        }
    }

    @Test
    void shouldShowSupervisorsTheNewestFirst() throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("so-noi-vu-cv", "demo").getForEntity("/api/notifications", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode rows = json.readTree(response.getBody());
        assertThat(rows).extracting(row -> row.get("key").asText()).containsExactly("api-test:3", "api-test:2", "api-test:1");
        JsonNode newest = rows.get(0);
        assertThat(newest.get("kind").asText()).isEqualTo("NOTIFY");
        assertThat(newest.get("unitId").asText()).isEqualTo(UNIT);
        assertThat(newest.get("taskId").asText()).isEqualTo("task-3");
        assertThat(newest.get("recipients").get(0).asText()).isEqualTo(mail("xa-28756-cv"));
        assertThat(newest.get("subject").asText()).isEqualTo("Thông báo số 3");
        assertThat(newest.get("status").asText()).isEqualTo("PENDING");
        assertThat(newest.get("createdAt").asText()).isEqualTo("2025-03-05T02:00:00Z");
        assertThat(newest.get("attempts").asInt()).isZero();
    }

    @Test
    void shouldPageWithLimitAndOffset() throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("ubnd-tinh-ld", "demo")
            .getForEntity("/api/notifications?limit=1&offset=1", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(response.getBody())).extracting(row -> row.get("key").asText()).containsExactly("api-test:2");
    }

    @Test
    void shouldLetAdministratorsRead() {
        assertThat(http.withBasicAuth("admin", "admin").getForEntity("/api/notifications", String.class).getStatusCode())
            .isEqualTo(HttpStatus.OK);
    }

    @Nested
    class Refused {

        @Test
        void shouldForbidACommuneOfficialInVietnamese() {
            ResponseEntity<String> response = http.withBasicAuth("xa-28756-cv", "demo").getForEntity("/api/notifications", String.class);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).contains("Chỉ cán bộ Sở Nội vụ, UBND tỉnh và quản trị viên");
        }

        @Test
        void shouldAskForCredentials() {
            assertThat(http.getForEntity("/api/notifications", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        @Test
        void shouldRejectALimitOutOfRange() {
            ResponseEntity<String> response = http.withBasicAuth("so-noi-vu-cv", "demo")
                .getForEntity("/api/notifications?limit=0", String.class);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).contains("limit từ 1 đến 500");
        }
    }
}
