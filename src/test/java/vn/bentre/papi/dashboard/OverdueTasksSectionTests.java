package vn.bentre.papi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.organisation.UnitLevel;
import vn.bentre.papi.support.TestProcesses;

/** Section 2, {@code overdue-tasks}: open tasks past their due date per responsible unit. */
class OverdueTasksSectionTests extends DashboardTestSupport {

    static final String ID = OverdueTasksSection.ID;
    static final String SHORT = "Quá hạn đến 7 ngày";
    static final String LONG = "Quá hạn trên 7 ngày";

    @Autowired Organisation organisation;

    private String name(String unitId) {
        return organisation.requireUnit(unitId).name();
    }

    @Nested
    class InThePilotRollout {

        PilotRollout pilot;

        void fiveDaysAfterTheDeadline() {
            pilot = new PilotRollout(engine, organisation);
            pilot.play();
            clockAt(PilotRollout.AFTER_DEADLINE, LocalTime.of(17, 0));
        }

        @Test
        void shouldCountEveryOverdueTaskForTheUnitThatMustAct() {
            fiveDaysAfterTheDeadline();

            JsonNode section = section("so-noi-vu-cv", ID);

            assertThat(section.get("kind").asText()).isEqualTo("stackedBar");
            assertThat(section.get("horizontal").asBoolean()).isTrue();
            List<String> labels = texts(section.get("labels"));
            // 10 drafts (the district and 9 communes), the provincial tasks of Sở Tài chính, Sở TT&TT and
            // MTTQ, Sở Y tế's unsigned plan, and the commune plan waiting for the district's review.
            assertThat(labels).hasSize(15);
            assertThat(labels.subList(0, 2)).as("oldest first among equal counts")
                .containsExactly(name("so-y-te"), name(PilotRollout.DISTRICT_OFFICE));
            assertThat(labels).contains(name(PilotRollout.DISTRICT), name(pilot.draftingCommune), name("so-tai-chinh"),
                name("so-thong-tin-truyen-thong"), name("mttq-tinh"))
                .doesNotContain(name(pilot.inReviewCommune), name(pilot.approvedCommune), name("so-tu-phap"));
            assertThat(series(section, LONG).subList(0, 2)).containsExactly(1.0, 1.0);
            assertThat(series(section, SHORT).subList(0, 2)).containsExactly(0.0, 0.0);
            assertThat(series(section, SHORT).subList(2, 15)).containsOnly(1.0);
            assertThat(rows(section).get(0)).containsExactly(name("so-y-te"), "1", "1", "25/08/2015");
            assertThat(rows(section).get(1)).containsExactly(name(PilotRollout.DISTRICT_OFFICE), "1", "1", "27/08/2015");
            assertThat(rows(section)).contains(List.of(name(pilot.draftingCommune), "1", "0", "30/09/2015"));
            assertThat(section.get("note").asText()).startsWith("Tổng cộng 15 việc quá hạn ở 15 đơn vị, tính đến 05/10/2015 17:00.");
        }

        @Test
        void shouldShowNothingOverdueBeforeAnyDueDate() {
            pilot = new PilotRollout(engine, organisation);
            pilot.play();

            JsonNode section = section("so-noi-vu-cv", ID);

            assertThat(section.get("labels")).isEmpty();
            assertThat(section.get("note").asText()).startsWith("Tổng cộng 0 việc quá hạn ở 0 đơn vị");
        }

        @Test
        void shouldShowADistrictsHomeAffairsOfficeItsDistrictOnly() {
            fiveDaysAfterTheDeadline();

            JsonNode section = section(PilotRollout.DISTRICT_OFFICE + "-cv", ID);

            assertThat(texts(section.get("labels"))).hasSize(11).first().isEqualTo(name(PilotRollout.DISTRICT_OFFICE));
            assertThat(texts(section.get("labels"))).contains(name(PilotRollout.DISTRICT))
                .doesNotContain(name("so-y-te"), name("so-tai-chinh"));
        }

        @Test
        void shouldShowACommuneOfficialOnlyTheirOwnUnit() {
            fiveDaysAfterTheDeadline();

            JsonNode drafting = section(pilot.draftingCommune + "-cv", ID);
            JsonNode waitingForReview = section(pilot.inReviewCommune + "-cv", ID);

            assertThat(rows(drafting)).containsExactly(List.of(name(pilot.draftingCommune), "1", "0", "30/09/2015"));
            assertThat(waitingForReview.get("labels")).as("its review is the district office's task").isEmpty();
        }
    }

    @Test
    void shouldShowTheTwentyUnitsWithMostOverdueTasks() {
        clockAt(LocalDate.of(2025, 3, 3), LocalTime.of(9, 0));
        List<String> communes = new ArrayList<>(organisation.units(UnitLevel.COMMUNE, "huyen-831").stream().map(Unit::id).toList());
        for (String commune : communes) {
            TestProcesses.startUnitTask(engine, commune);
        }
        String busiest = communes.get(communes.size() - 1);
        TestProcesses.startUnitTask(engine, busiest);
        TestProcesses.startUnitTask(engine, busiest);
        clockAt(LocalDate.of(2025, 3, 20), LocalTime.of(9, 0));

        JsonNode section = section("so-noi-vu-cv", ID);

        assertThat(communes).hasSize(22);
        assertThat(texts(section.get("labels"))).hasSize(OverdueTasksSection.TOP_UNITS).first().isEqualTo(name(busiest));
        assertThat(rows(section).get(0)).containsExactly(name(busiest), "3", "3", "10/03/2025");
        assertThat(section.get("note").asText())
            .contains("Tổng cộng 24 việc quá hạn ở 22 đơn vị", "hiển thị 20 đơn vị có nhiều việc quá hạn nhất");
    }

    @Test
    void shouldLinkSupervisorsToCockpitAndOthersToTasklist() {
        assertThat(section("so-noi-vu-cv", ID).get("links")).extracting(link -> link.get("href").asText())
            .containsExactly("/camunda/app/cockpit/default/#/processes", "/camunda/app/tasklist/default/");
        assertThat(section("xa-28756-cv", ID).get("links")).extracting(link -> link.get("href").asText())
            .containsExactly("/camunda/app/tasklist/default/");
    }
}
