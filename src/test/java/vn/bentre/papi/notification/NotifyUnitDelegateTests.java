package vn.bentre.papi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code ${notifyUnit}} and the {@link Notifications} service behind it. */
class NotifyUnitDelegateTests extends NotificationTestSupport {

    @Autowired Notifications notifications;

    @Test
    void shouldWriteAVietnameseNotificationToTheUnitsLeaders() {
        Job job = startNotification(Map.of("unitId", UNIT, "audience", "LEADERS", "body", "Đề nghị lãnh đạo xem và ký."));

        management.executeJob(job.getId());

        assertThat(outbox()).singleElement().satisfies(row -> {
            assertThat(row.key()).startsWith("NOTIFY:" + job.getProcessInstanceId() + ":notifyLeaders:");
            assertThat(row.kind()).isEqualTo("NOTIFY");
            assertThat(row.unitId()).isEqualTo(UNIT);
            assertThat(row.recipients()).containsExactly(mail("xa-28756-ld"));
            assertThat(row.subject()).isEqualTo("[PAPI Bến Tre] Kế hoạch của xa-28756 đã được duyệt");
            assertThat(row.body()).startsWith("Đề nghị lãnh đạo xem và ký.").contains("Kế hoạch số 4129/KH-UBND");
            assertThat(row.status()).isEqualTo("PENDING");
        });
    }

    @Test
    void shouldSendToOfficialsWhenNoAudienceIsGiven() {
        Job job = startNotification(Map.of("unitId", "so-noi-vu", "audience", "", "body", "Có báo cáo mới."));

        management.executeJob(job.getId());

        assertThat(outbox()).singleElement()
            .satisfies(row -> assertThat(row.recipients()).containsExactly(mail("so-noi-vu-cv"), mail("so-noi-vu-ld")));
    }

    @Test
    void shouldFailWithAClearMessageAndWriteNothingWhenTheAudienceIsUnknown() {
        Job job = startNotification(Map.of("unitId", UNIT, "audience", "EVERYONE", "body", "Nội dung"));

        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("notifyAudience = 'EVERYONE' không hợp lệ");
        assertThat(outbox()).isEmpty();
    }

    @Test
    void shouldFailWhenTheBodyIsMissing() {
        Job job = startNotification(Map.of("unitId", UNIT, "audience", "OFFICIALS", "body", " "));

        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("Thiếu biến đầu vào 'notifyBody'");
        assertThat(outbox()).isEmpty();
    }

    @Test
    void shouldWriteANotificationKeyOnlyOnce() {
        var notification = new UnitNotification("obstacle:42:ANSWERED", UNIT, Audience.OFFICIALS, "Đã trả lời vướng mắc",
            "Vướng mắc số 42 đã được trả lời.", null);

        assertThat(notifications.notifyUnit(notification)).isTrue();
        assertThat(notifications.notifyUnit(notification)).isFalse();
        assertThat(outbox()).hasSize(1);
    }

    private Job startNotification(Map<String, Object> variables) {
        ProcessInstance instance = runtime.startProcessInstanceByKey("papi-test-notify-unit", variables);
        return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
    }
}
