package vn.bentre.papi.assessment.review;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.bentre.papi.calendar.DueDates;

/**
 * What the other features would have recorded by the time of a review, written straight into their
 * outcome tables so the review's tests do not depend on running those processes: two reporting
 * cycles of 2019 and an approved plan of Sở Tư pháp.
 * <ul>
 * <li>Sở Tư pháp: Q1 on time (participation-1 in progress, transparency-2 not started), H1 late
 *     (participation-1 done, transparency-2 in progress); its approved plan also has
 *     accountability-1, which no report mentions.</li>
 * <li>Thành phố Bến Tre (huyen-829): its own Q1 report missing; Phường Phú Khương on time with
 *     services-1 done; Phường Phú Tân missing.</li>
 * </ul>
 */
final class ReviewFixtures {

    static final LocalDate SPAN_FROM = LocalDate.of(2018, 12, 15);
    static final LocalDate SPAN_TO = LocalDate.of(2019, 12, 31);
    static final String DEPARTMENT = "so-tu-phap";
    static final String DISTRICT = "huyen-829";
    static final String COMMUNE_ON_TIME = "xa-28756";
    static final String COMMUNE_MISSING = "xa-28757";
    private static final List<String> CYCLES = List.of("2019-Q1", "2019-H1");
    private static final String PLAN = "review-test-plan";

    private final JdbcClient jdbc;

    ReviewFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert() {
        delete();
        cycle("2019-Q1", "Q1", LocalDate.of(2019, 3, 22));
        cycle("2019-H1", "H1", LocalDate.of(2019, 6, 21));
        report("2019-Q1", DEPARTMENT, "DEPARTMENT", LocalDate.of(2019, 3, 21), true);
        progress("2019-Q1", DEPARTMENT, "participation-1", "PARTICIPATION", "IN_PROGRESS");
        progress("2019-Q1", DEPARTMENT, "transparency-2", "TRANSPARENCY", "NOT_STARTED");
        report("2019-H1", DEPARTMENT, "DEPARTMENT", LocalDate.of(2019, 6, 25), false);
        progress("2019-H1", DEPARTMENT, "participation-1", "PARTICIPATION", "DONE");
        progress("2019-H1", DEPARTMENT, "transparency-2", "TRANSPARENCY", "IN_PROGRESS");
        report("2019-Q1", DISTRICT, "DISTRICT", null, null);
        report("2019-Q1", COMMUNE_ON_TIME, "COMMUNE", LocalDate.of(2019, 3, 19), true);
        progress("2019-Q1", COMMUNE_ON_TIME, "services-1", "SERVICE_DELIVERY", "DONE");
        report("2019-Q1", COMMUNE_MISSING, "COMMUNE", null, null);
        jdbc.sql("insert into pln_unit_plan (process_instance_id, unit_id, status, due_at, rounds, approved_at) "
                + "values (?, ?, 'APPROVED', ?, 1, ?)")
            .params(PLAN, DEPARTMENT, at(LocalDate.of(2015, 9, 30)), at(LocalDate.of(2015, 9, 25))).update();
        for (String measure : List.of("participation-1", "accountability-1")) {
            jdbc.sql("insert into pln_plan_measure (process_instance_id, measure_id, unit_id, action, responsible) values (?, ?, ?, ?, ?)")
                .params(PLAN, measure, DEPARTMENT, "Thực hiện " + measure, "Văn phòng Sở").update();
        }
    }

    void delete() {
        jdbc.sql("delete from rpt_measure_progress where report_id in (select id from rpt_unit_report where cycle_id in (:c))")
            .param("c", CYCLES).update();
        jdbc.sql("delete from rpt_unit_report where cycle_id in (:c)").param("c", CYCLES).update();
        jdbc.sql("delete from rpt_cycle where id in (:c)").param("c", CYCLES).update();
        jdbc.sql("delete from pln_plan_measure where process_instance_id = ?").param(PLAN).update();
        jdbc.sql("delete from pln_unit_plan where process_instance_id = ?").param(PLAN).update();
    }

    private void cycle(String id, String type, LocalDate deadline) {
        jdbc.sql("""
                insert into rpt_cycle (id, period_type, period_year, process_instance_id, opened_automatically, opened_at,
                    commune_deadline, district_deadline, department_deadline, province_deadline, status)
                values (?, ?, 2019, ?, true, ?, ?, ?, ?, ?, 'CLOSED')""")
            .params(id, type, "review-test-" + id, at(deadline.minusDays(10)), at(deadline), at(deadline), at(deadline),
                at(deadline.plusDays(5)))
            .update();
    }

    private void report(String cycle, String unit, String level, LocalDate submittedOn, Boolean onTime) {
        LocalDate due = cycle.endsWith("Q1") ? LocalDate.of(2019, 3, 22) : LocalDate.of(2019, 6, 21);
        jdbc.sql("""
                insert into rpt_unit_report (id, cycle_id, unit_id, unit_level, consolidation_id, reviewer_id, status, due_at,
                    first_submitted_at, on_time, rounds) values (?, ?, ?, ?, ?, 'so-noi-vu', ?, ?, ?, ?, 1)""")
            .params(cycle + ":" + unit, cycle, unit, level, cycle + ":ubnd-tinh", submittedOn == null ? "PENDING" : "ACCEPTED",
                at(due), submittedOn == null ? null : at(submittedOn), onTime)
            .update();
    }

    private void progress(String cycle, String unit, String measure, String dimension, String status) {
        jdbc.sql("insert into rpt_measure_progress (report_id, measure_id, dimension_id, status) values (?, ?, ?, ?)")
            .params(cycle + ":" + unit, measure, dimension, status).update();
    }

    private static Timestamp at(LocalDate day) {
        return new Timestamp(DueDates.endOfOfficeDay(day).getTime());
    }
}
