package vn.bentre.papi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.bentre.papi.planning.MeasureCatalogue;
import vn.bentre.papi.support.Cleanup;
import vn.bentre.papi.support.PostgresTest;

/** {@code papi-annual-assessment}, its decisions and tables, and the seed data on PostgreSQL. */
@PostgresTest
class AssessmentPostgresIntegrationTests {

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired AssessmentResults results;
    @Autowired MeasureCatalogue catalogue;

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Cleanup.deleteInstances(engine, AssessmentDriver.PROCESS);
        AssessmentTestData.deleteAssessedYears(jdbc);
    }

    @Test
    void shouldReadThePlansSeedFigures() {
        List<AssessmentResults.YearResult> years = results.all();

        assertThat(years.get(0).year()).isEqualTo(2013);
        assertThat(years.get(0).rank()).isEqualTo(19);
        assertThat(years.get(1).overallGroup()).isEqualTo(PapiGroup.HIGH_AVERAGE);
        assertThat(years.get(1).dimensions()).filteredOn(d -> Boolean.FALSE.equals(d.meetsTarget()))
            .extracting(AssessmentResults.DimensionResult::dimensionId)
            .containsExactly("PARTICIPATION", "TRANSPARENCY", "ADMIN_PROCEDURES");
    }

    @Test
    void shouldAdoptTheCorrectiveMeasuresOfAMissedDimension() {
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(PapiAnnualAssessmentProcessTests.NOW);
        AssessmentDriver assessments = new AssessmentDriver(engine);
        ProcessInstance instance = assessments.start(2018);
        assessments.enterResults(instance, AssessmentDriver.groups(AssessmentDriver.EIGHT, "HIGH_AVERAGE",
            Map.of("E_GOVERNANCE", "LOW_AVERAGE", "TRANSPARENCY", "LOWEST")));
        assessments.runJobs(instance);
        assertThat(assessments.proposalTasks(instance)).hasSize(5);

        assessments.everyLeadUnitProposes(instance);
        assessments.consolidate(instance, """
            [{"dimensionId":"E_GOVERNANCE","text":"Dịch vụ công trực tuyến mức độ 4","leadUnits":["so-thong-tin-truyen-thong","@districts"]},
             {"dimensionId":"TRANSPARENCY","text":"Công khai ngân sách xã","leadUnits":["so-tai-chinh"]}]""");
        assessments.returnToSoNoiVu(instance, "Bổ sung");
        assessments.consolidate(instance, """
            [{"dimensionId":"E_GOVERNANCE","text":"Dịch vụ công trực tuyến mức độ 4","leadUnits":["so-thong-tin-truyen-thong"]},
             {"dimensionId":"TRANSPARENCY","text":"Công khai ngân sách xã","leadUnits":["so-tai-chinh","@communes"]}]""");
        assessments.approve(instance);

        assertThat(instance).isEnded();
        assertThat(catalogue.measure("corrective-2018-2").orElseThrow().leadUnits()).containsExactly("so-tai-chinh", "@communes");
        assertThat(results.all()).filteredOn(y -> y.year() == 2018).singleElement()
            .satisfies(y -> assertThat(y.dimensions()).hasSize(8).filteredOn(d -> !d.meetsTarget()).hasSize(2));
    }
}
