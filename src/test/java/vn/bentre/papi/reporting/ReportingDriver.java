package vn.bentre.papi.reporting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.support.Cleanup;
import vn.bentre.papi.support.Jobs;

/** Drives the reporting processes the way their users do, so each test reads as the story it checks. */
class ReportingDriver {

    static final String CYCLE = "papi-reporting-cycle";
    static final String DISTRICT = "papi-district-report";
    static final String UNIT = "papi-unit-report";

    /** Quý I/2016: data cut off on Monday 14/03/2016. */
    static final String PERIOD = "2016-Q1";
    static final LocalDate OPENED_ON = LocalDate.of(2016, 3, 15);
    static final Date COMMUNE_DEADLINE = DueDates.endOfOfficeDay(LocalDate.of(2016, 3, 17));
    static final Date DISTRICT_DEADLINE = DueDates.endOfOfficeDay(LocalDate.of(2016, 3, 21));
    static final Date PROVINCE_DEADLINE = DueDates.endOfOfficeDay(LocalDate.of(2016, 3, 24));

    /** Chợ Lách, the smallest district: 11 communes. */
    static final String DISTRICT_ID = "huyen-832";
    static final String DISTRICT_OFFICE = "huyen-832-phong-noi-vu";
    static final String DEPARTMENT = "so-tu-phap";

    static final String MEASURES = """
        [{"measureId":"transparency-2","status":"DONE","result":"Niêm yết thu chi ngân sách quý I tại trụ sở và 5 ấp"},
         {"measureId":"procedures-2","status":"IN_PROGRESS","result":"Đã khảo sát 120 lượt người dân tại Bộ phận một cửa"},
         {"measureId":"participation-2","status":"NOT_STARTED"}]""";
    static final String DIMENSIONS = """
        [{"dimensionId":"TRANSPARENCY","summary":"Công khai đầy đủ thu chi ngân sách xã"},
         {"dimensionId":"PARTICIPATION","summary":""}]""";
    static final String OBSTACLES = """
        [{"dimensionId":"ADMIN_PROCEDURES","description":"Đường truyền mạng tại Bộ phận một cửa chập chờn","proposal":"Đề nghị Sở TT&TT hỗ trợ"}]""";

    private final ProcessEngine engine;
    private final JdbcClient jdbc;

    ReportingDriver(ProcessEngine engine, JdbcClient jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    static void clockAt(LocalDate day, int hour) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(hour, 0)).atZone(DueDates.VIETNAM).toInstant()));
    }

    /** Sở Nội vụ opens Quý I/2016 for some departments and districts only, and the jobs open their reports. */
    ProcessInstance openCycle(String... units) {
        Map<String, Object> variables = new HashMap<>(Map.of("periodType", "Q1", "periodYear", 2016));
        if (units.length > 0) {
            variables.put("reportingUnitIds", List.of(units));
        }
        ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey(CYCLE, variables);
        Jobs.runAll(engine.getManagementService());
        return cycle;
    }

    ProcessInstance report(String unitId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UNIT)
            .processInstanceBusinessKey(PERIOD + ":" + unitId).singleResult();
    }

    ProcessInstance district(String districtId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DISTRICT)
            .processInstanceBusinessKey(PERIOD + ":" + districtId).singleResult();
    }

    List<String> communes(String districtId) {
        return jdbc.sql("select id from org_unit where parent_id = ? and unit_level = 'COMMUNE' order by id").param(districtId)
            .query(String.class).list();
    }

    Task task(ProcessInstance instance, String key) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
        if (tasks.size() != 1) {
            throw new AssertionError("Expected one task " + key + " in " + instance.getBusinessKey() + ", found " + tasks.size());
        }
        return tasks.get(0);
    }

    void complete(ProcessInstance instance, String key, Map<String, Object> variables) {
        engine.getTaskService().complete(task(instance, key).getId(), new HashMap<>(variables));
    }

    Map<String, Object> reportVariables(String measures, String obstacles) {
        return new HashMap<>(Map.of("measureReports", SpinValues.jsonValue(measures).create(),
            "dimensionReports", SpinValues.jsonValue(DIMENSIONS).create(),
            "obstacles", SpinValues.jsonValue(obstacles).create(),
            "onlineServicesLevel34", 12, "satisfactionSurveys", 1, "citizensReceived", 45L,
            "reportNotes", "Lồng ghép trong báo cáo cải cách hành chính quý I"));
    }

    void submit(String unitId) {
        complete(report(unitId), "writeUnitReport", reportVariables(MEASURES, "[]"));
    }

    void sign(String unitId) {
        complete(report(unitId), "signUnitReport", Map.of("signOffDecision", "SIGN"));
    }

    void accept(String unitId) {
        complete(report(unitId), "reviewUnitReport", Map.of("reviewDecision", "ACCEPT"));
    }

    void returnFromReview(String unitId, String reason) {
        complete(report(unitId), "reviewUnitReport", Map.of("reviewDecision", "RETURN", "reviewReason", reason));
    }

    /** Write, sign and accept one unit's report, then let the asynchronous forwarding run. */
    void reportAccepted(String unitId) {
        submit(unitId);
        sign(unitId);
        accept(unitId);
        Jobs.runAll(engine.getManagementService());
    }

    void consolidate(ProcessInstance instance, String taskKey, String summary) {
        complete(instance, taskKey, Map.of("consolidationSummary", summary, "consolidationDocumentNumber", "45/BC-PNV"));
        Jobs.runAll(engine.getManagementService());
    }

    Map<String, Object> reportRow(String unitId) {
        return jdbc.sql("select * from rpt_unit_report where id = ?").param(PERIOD + ":" + unitId).query().singleRow();
    }

    Map<String, Object> consolidationRow(String scopeUnitId) {
        return jdbc.sql("select * from rpt_consolidation where id = ?").param(PERIOD + ":" + scopeUnitId).query().singleRow();
    }

    Map<String, String> items(String scopeUnitId) {
        Map<String, String> items = new HashMap<>();
        jdbc.sql("select unit_id, timeliness, included from rpt_consolidation_item where consolidation_id = ?")
            .param(PERIOD + ":" + scopeUnitId)
            .query(rs -> {
                items.put(rs.getString(1), rs.getString(2) + (rs.getBoolean(3) ? "" : ",EXCLUDED"));
            });
        return items;
    }

    /** Test classes share one database: remove every reporting instance and row. */
    void cleanUp() {
        // Accepted reports with obstacles open papi-obstacle cases: remove them too.
        Cleanup.deleteInstances(engine, CYCLE, DISTRICT, UNIT, "papi-obstacle");
        for (String table : List.of("rpt_consolidation_item", "rpt_direction", "rpt_review_round", "rpt_obstacle", "rpt_figure",
                "rpt_dimension_result", "rpt_measure_progress", "rpt_submission", "rpt_unit_report", "rpt_consolidation", "rpt_cycle")) {
            jdbc.sql("delete from " + table).update();
        }
        jdbc.sql("delete from ntf_outbox where dedup_key like 'report:%' or dedup_key like 'consolidation:%'").update();
    }
}
