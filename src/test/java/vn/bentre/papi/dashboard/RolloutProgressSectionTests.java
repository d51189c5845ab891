package vn.bentre.papi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.bentre.papi.organisation.Organisation;

/** Section 1, {@code rollout-progress}: shares of unit plans per district and for the departments. */
class RolloutProgressSectionTests extends DashboardTestSupport {

    static final String ID = RolloutProgressSection.ID;
    static final String APPROVED = "Đã duyệt";
    static final String IN_REVIEW = "Đang trình ký, thẩm định";
    static final String DRAFTING = "Đang xây dựng";
    static final String OVERDUE = "Quá hạn";

    @Autowired Organisation organisation;
    PilotRollout pilot;
    ProcessInstance rollout;

    @BeforeEach
    void playThePilot() {
        pilot = new PilotRollout(engine, organisation);
        rollout = pilot.play();
    }

    @Test
    void shouldShowSharesPerDistrictAndForDepartmentsBeforeTheDeadline() {
        JsonNode section = section("so-noi-vu-cv", ID);

        assertThat(section.get("kind").asText()).isEqualTo("stackedBar");
        assertThat(section.get("unit").asText()).isEqualTo("%");
        assertThat(texts(section.get("labels"))).containsExactly(PilotRollout.DISTRICT_LABEL, "Sở, ban, ngành tỉnh");
        assertThat(series(section, APPROVED)).containsExactly(8.3, 50.0);
        assertThat(series(section, IN_REVIEW)).containsExactly(8.3, 50.0);
        assertThat(series(section, DRAFTING)).containsExactly(83.3, 0.0);
        assertThat(series(section, OVERDUE)).containsExactly(0.0, 0.0);
        assertThat(rows(section)).containsExactly(
            List.of(PilotRollout.DISTRICT_LABEL, "12", "1", "1", "10", "0", "8,3 %"),
            List.of("Sở, ban, ngành tỉnh", "2", "1", "1", "0", "0", "50,0 %"),
            List.of("Cộng", "14", "2", "2", "10", "0", "14,3 %"));
        assertThat(section.get("note").asText())
            .contains("Kế hoạch 4129/KH-UBND ngày 13/08/2015", "bắt đầu 20/08/2015", "hạn gửi kế hoạch 30/09/2015");
    }

    @Test
    void shouldCountDraftsAsOverdueOnceTheDeadlineHasPassed() {
        clockAt(PilotRollout.AFTER_DEADLINE, LocalTime.of(17, 0));

        JsonNode section = section("so-noi-vu-cv", ID);

        assertThat(series(section, DRAFTING)).containsExactly(0.0, 0.0);
        assertThat(series(section, OVERDUE)).containsExactly(83.3, 0.0);
        assertThat(rows(section).get(0)).containsExactly(PilotRollout.DISTRICT_LABEL, "12", "1", "1", "0", "10", "8,3 %");
        assertThat(section.get("note").asText()).contains("Số liệu lúc 05/10/2015 17:00");
    }

    @Test
    void shouldLinkSupervisorsToTheProcessAndTheRunningRolloutInCockpit() {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("papi-unit-plan")
            .latestVersion().singleResult().getId();

        JsonNode links = section("so-noi-vu-cv", ID).get("links");

        assertThat(links).extracting(link -> link.get("href").asText()).containsExactly(
            "/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime",
            "/camunda/app/cockpit/default/#/process-instance/" + rollout.getId() + "/runtime",
            "/camunda/app/tasklist/default/");
    }

    @Test
    void shouldCountOnlyTheLatestRollout() {
        jdbc.sql("update pln_rollout set started_at = ? where id = ?")
            .params(java.sql.Timestamp.valueOf("2015-08-01 08:00:00"), rollout.getId()).update();
        jdbc.sql("insert into pln_rollout (id, plan_number, unit_plan_deadline, started_at) values ('later', '99/KH-UBND', ?, ?)")
            .params(java.sql.Timestamp.valueOf("2015-12-31 17:00:00"), java.sql.Timestamp.valueOf("2015-09-01 08:00:00")).update();

        JsonNode section = section("so-noi-vu-cv", ID);

        assertThat(section.get("labels")).isEmpty();
        assertThat(section.get("note").asText()).contains("Kế hoạch 99/KH-UBND");
    }

    @Nested
    class Scope {

        @Test
        void shouldShowADistrictsHomeAffairsOfficeOnlyItsDistrict() {
            JsonNode section = section(PilotRollout.DISTRICT_OFFICE + "-cv", ID);

            assertThat(texts(section.get("labels"))).containsExactly(PilotRollout.DISTRICT_LABEL);
            assertThat(rows(section)).containsExactly(List.of(PilotRollout.DISTRICT_LABEL, "12", "1", "1", "10", "0", "8,3 %"));
            assertThat(section.get("links")).extracting(link -> link.get("href").asText())
                .containsExactly("/camunda/app/tasklist/default/");
        }

        @Test
        void shouldShowTheDistrictLeadersTheirDistrictToo() {
            assertThat(rows(section(PilotRollout.DISTRICT + "-ld", ID)))
                .containsExactly(List.of(PilotRollout.DISTRICT_LABEL, "12", "1", "1", "10", "0", "8,3 %"));
        }

        @Test
        void shouldShowACommuneOfficialOnlyTheirOwnPlan() {
            clockAt(PilotRollout.AFTER_DEADLINE, LocalTime.of(17, 0));

            JsonNode section = section(pilot.draftingCommune + "-cv", ID);

            assertThat(texts(section.get("labels"))).containsExactly(PilotRollout.DISTRICT_LABEL);
            assertThat(series(section, OVERDUE)).containsExactly(100.0);
            assertThat(rows(section)).containsExactly(List.of(PilotRollout.DISTRICT_LABEL, "1", "0", "0", "0", "1", "0,0 %"));
        }

        @Test
        void shouldShowADistrictsOwnOfficialsOnlyTheDistrictsOwnPlan() {
            assertThat(rows(section(PilotRollout.DISTRICT + "-cv", ID)))
                .containsExactly(List.of(PilotRollout.DISTRICT_LABEL, "1", "0", "0", "1", "0", "0,0 %"));
        }

        @Test
        void shouldShowNothingToAUnitOutsideTheRollout() {
            JsonNode section = section("xa-28756-cv", ID);

            assertThat(section.get("labels")).isEmpty();
            assertThat(section.get("rows")).isEmpty();
        }
    }
}
