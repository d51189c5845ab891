package vn.bentre.papi.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.ReflectionTestUtils;

@SpringBootTest
@ActiveProfiles("test")
class PapiReportingScheduleProcessTests {

    static final String PROCESS = "papi-reporting-schedule";

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired ScheduleReportingCycleDelegate schedule;
    @Autowired ReportingProperties properties;
    ReportingDriver reporting;
    Date originalDueDate;

    @BeforeEach
    void setUp() {
        reporting = new ReportingDriver(engine, jdbc);
        originalDueDate = timer().getDuedate();
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        ReflectionTestUtils.setField(schedule, "properties", properties);
        // Executing the timer moved it on from the test's clock: put it back where the deployment put it.
        engine.getManagementService().setJobDuedate(timer().getId(), originalDueDate);
        List<String> runs = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).list()
            .stream().map(HistoricProcessInstance::getId).toList();
        if (!runs.isEmpty()) {
            engine.getHistoryService().deleteHistoricProcessInstances(runs);
        }
        reporting.cleanUp();
    }

    private Job timer() {
        return engine.getManagementService().createJobQuery().processDefinitionKey(PROCESS).timers().singleResult();
    }

    /** Runs the timer as the job executor would on the 15th of June 2016 at 07:00, server time. */
    private void timerFiresOn15June2016() {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2016, 6, 15, 7, 0).atZone(ZoneId.systemDefault()).toInstant()));
        engine.getManagementService().executeJob(timer().getId());
    }

    private List<String> openedCycles() {
        return jdbc.sql("select id, opened_automatically from rpt_cycle")
            .query((rs, i) -> rs.getString(1) + ":" + rs.getBoolean(2)).list();
    }

    @Test
    void shouldWaitForSevenOClockOnTheDayAfterTheNextCutOff() {
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime next = nextCutOffMorning(now);

        assertThat(originalDueDate).isEqualTo(Date.from(next.atZone(ZoneId.systemDefault()).toInstant()));
        assertThat(next.getDayOfMonth()).isEqualTo(15);
        assertThat(next.getMonthValue()).isIn(3, 6, 9, 12);
    }

    @Test
    void shouldOpenThePeriodWhoseCutOffHasJustPassed() {
        timerFiresOn15June2016();

        assertThat(openedCycles()).containsExactly("2016-H1:true");
        ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(ReportingDriver.CYCLE).processInstanceBusinessKey("2016-H1").singleResult();
        assertThat(engine.getRuntimeService().getVariable(cycle.getId(), "periodLabel")).isEqualTo("6 tháng năm 2016");
        assertThat(jdbc.sql("select count(*) from rpt_unit_report where cycle_id = '2016-H1'").query(Integer.class).single())
            .isEqualTo(194);
        assertThat(jdbc.sql("select opened_by from rpt_cycle").query(String.class).optional()).isEmpty();
        assertThat(timer().getDuedate()).isEqualTo(Date.from(LocalDateTime.of(2016, 9, 15, 7, 0)
            .atZone(ZoneId.systemDefault()).toInstant()));
    }

    @Test
    void shouldOpenNothingWhenSwitchedOff() {
        ReflectionTestUtils.setField(schedule, "properties", new ReportingProperties(false, List.of("mttq-tinh"), 10));

        timerFiresOn15June2016();

        assertThat(openedCycles()).isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ReportingDriver.CYCLE).count()).isZero();
        assertThat(lastRun().getEndActivityId()).isEqualTo("cycleNotOpened");
    }

    @Test
    void shouldNotOpenAPeriodSoNoiVuOpenedAlready() {
        ReportingDriver.clockAt(LocalDate.of(2016, 6, 14), 16);
        engine.getRuntimeService().startProcessInstanceByKey(ReportingDriver.CYCLE,
            java.util.Map.of("periodType", "H1", "periodYear", 2016, "reportingUnitIds", "so-tu-phap"));

        timerFiresOn15June2016();

        assertThat(openedCycles()).containsExactly("2016-H1:false");
        assertThat(lastRun().getEndActivityId()).isEqualTo("cycleNotOpened");
    }

    private HistoricProcessInstance lastRun() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
            .singleResult();
    }

    private static LocalDateTime nextCutOffMorning(LocalDateTime after) {
        LocalDateTime candidate = after.toLocalDate().withDayOfMonth(15).atTime(7, 0);
        while (!candidate.isAfter(after) || candidate.getMonthValue() % 3 != 0) {
            candidate = candidate.plusMonths(1);
        }
        return candidate;
    }
}
