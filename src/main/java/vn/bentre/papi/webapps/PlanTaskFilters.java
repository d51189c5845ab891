package vn.bentre.papi.webapps;

import java.util.List;

import vn.bentre.papi.webapps.TaskFilterDefinition.Audience;

/**
 * The shared Tasklist filters of the plan. Filters only narrow what the engine's authorizations
 * already let a user read, so "Quá hạn" shows an official their unit's overdue tasks and shows
 * Sở Nội vụ, which may read every task, the whole province's.
 */
final class PlanTaskFilters {

    static final String CURRENT_USER = "${currentUser()}";
    static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";
    static final String NOW = "${now()}";

    /**
     * Start of the day after the second working day from today (Joda-Time day of week: 1 = Monday):
     * Monday to Wednesday and Sunday +3 days, Thursday and Friday +5 (over the weekend), Saturday +4.
     * Weekends are skipped, public holidays are not: a filter expression cannot reach the holiday
     * table, so around Tết the filter shows somewhat fewer tasks than the calendar would.
     */
    static final String END_OF_SECOND_WORKING_DAY = "${dateTime().withTimeAtStartOfDay().plusDays("
        + "dateTime().getDayOfWeek() == 6 ? 4 : (dateTime().getDayOfWeek() == 4 || dateTime().getDayOfWeek() == 5 ? 5 : 3)"
        + ").toDate()}";

    static final String MY_TASKS = "my-tasks";
    static final String UNIT_TASKS = "unit-tasks";
    static final String DUE_SOON = "due-soon";
    static final String OVERDUE = "overdue";
    static final String TO_REVIEW = "to-review";

    /** Task definition keys of review steps start with this (reviewUnitPlan, reviewUnitReport, ...). */
    static final String REVIEW_TASK_KEY_LIKE = "review%";

    private PlanTaskFilters() {
    }

    static List<TaskFilterDefinition> all() {
        return List.of(
            new TaskFilterDefinition(MY_TASKS, "Việc của tôi",
                "Công việc đã giao cho tôi hoặc tôi đã nhận, sắp theo hạn xử lý", -10, Audience.ALL_UNITS,
                query -> query.taskAssigneeExpression(CURRENT_USER)),
            // Assigned tasks stay in the unit's list so colleagues see who is handling what.
            new TaskFilterDefinition(UNIT_TASKS, "Việc của đơn vị",
                "Công việc giao cho đơn vị (nhóm) của tôi, kể cả việc đồng nghiệp đã nhận", -5, Audience.ALL_UNITS,
                query -> query.taskCandidateGroupInExpression(CURRENT_USER_GROUPS).includeAssignedTasks()),
            new TaskFilterDefinition(DUE_SOON, "Sắp đến hạn",
                "Công việc đến hạn trong 2 ngày làm việc tới (không tính thứ Bảy, Chủ nhật; chưa trừ ngày lễ)",
                0, Audience.ALL_UNITS,
                query -> query.dueAfterExpression(NOW).dueBeforeExpression(END_OF_SECOND_WORKING_DAY)),
            new TaskFilterDefinition(OVERDUE, "Quá hạn",
                "Công việc đã quá hạn xử lý mà chưa hoàn thành", 5, Audience.ALL_UNITS,
                query -> query.dueBeforeExpression(NOW)),
            new TaskFilterDefinition(TO_REVIEW, "Chờ tôi xét duyệt",
                "Kế hoạch, báo cáo của đơn vị cấp dưới chờ đơn vị tôi xét duyệt", 10, Audience.REVIEWERS,
                query -> query.taskCandidateGroupInExpression(CURRENT_USER_GROUPS).includeAssignedTasks()
                    .taskDefinitionKeyLike(REVIEW_TASK_KEY_LIKE)));
    }
}
