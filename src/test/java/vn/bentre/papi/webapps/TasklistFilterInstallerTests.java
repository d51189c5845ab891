package vn.bentre.papi.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.bentre.papi.calendar.WorkingCalendar;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistFilterInstallerTests {

    static final String COMMUNE = "xa-28756";
    static final String OTHER_COMMUNE = "xa-28757";
    static final String DISTRICT_OFFICE = "huyen-829-phong-noi-vu";

    @Autowired
    TasklistFilterInstaller installer;
    @Autowired
    ProcessEngine engine;
    @Autowired
    WorkingCalendar calendar;

    TestTasks tasks;

    @BeforeEach
    void setUp() {
        tasks = new TestTasks(engine);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
        tasks.clear();
    }

    @Test
    void shouldCreateEachFilterOnceWhenInstalledAgain() {
        TasklistFilterInstaller.Installed again = installer.install();

        assertThat(again.filters()).isZero();
        assertThat(again.grants()).isZero();
        assertThat(sharedFilters()).extracting(Filter::getName).containsExactlyInAnyOrder(
            "Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn", "Chờ tôi xét duyệt");
    }

    @Test
    void shouldCorrectAFilterSomeoneRenamedAndChanged() {
        Filter overdue = filter("Quá hạn");
        overdue.setName("Trễ hạn");
        overdue.setProperties(Map.of(TaskFilterDefinition.KEY_PROPERTY, PlanTaskFilters.OVERDUE, "priority", 99));
        overdue.setQuery(engine.getTaskService().createTaskQuery().taskName("x"));
        engine.getFilterService().saveFilter(overdue);

        assertThat(installer.install().filters()).isEqualTo(1);

        assertRestored(overdue.getId(), "Quá hạn", 5);
    }

    @Test
    void shouldRecogniseAFilterByNameWhenAnEditDroppedItsKey() {
        Filter mine = filter("Việc của tôi");
        mine.setProperties(Map.of("priority", 1));
        engine.getFilterService().saveFilter(mine);

        assertThat(installer.install().filters()).isEqualTo(1);

        assertRestored(mine.getId(), "Việc của tôi", -10);
    }

    private void assertRestored(String filterId, String name, int priority) {
        assertThat(sharedFilters()).hasSize(5);
        Filter restored = engine.getFilterService().getFilter(filterId);
        assertThat(restored.getName()).isEqualTo(name);
        assertThat(restored.getProperties()).containsEntry("priority", priority).containsEntry("refresh", true)
            .containsKey("variables").containsKey("description");
        Task unnamed = tasks.start(TestTasks.WORK, COMMUNE, "Phường Phú Khương", hoursFromNow(-1));
        engine.getTaskService().setAssignee(unnamed.getId(), COMMUNE + "-cv");
        assertThat(asUser(COMMUNE + "-cv", () -> engine.getFilterService().count(filterId)))
            .as("the edited query (task name 'x') is replaced").isEqualTo(1);
    }

    @Test
    void shouldShowTheFourUnitFiltersToACommuneAndAllFiveToReviewers() {
        assertThat(visibleFilterNames(COMMUNE + "-cv"))
            .containsExactlyInAnyOrder("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn");
        assertThat(visibleFilterNames(DISTRICT_OFFICE + "-ld")).contains("Chờ tôi xét duyệt").hasSize(5);
        assertThat(visibleFilterNames("so-noi-vu-cv")).contains("Chờ tôi xét duyệt").hasSize(5);
        assertThat(visibleFilterNames("ubnd-tinh-cv")).contains("Chờ tôi xét duyệt").hasSize(5);
    }

    @Nested
    class AsACommuneOfficial {

        static final String USER = COMMUNE + "-cv";

        @Test
        void shouldListTheUnitsTasksButNotAnotherCommunes() {
            Task ours = tasks.start(TestTasks.WORK, COMMUNE, "Phường Phú Khương", null);
            tasks.start(TestTasks.WORK, OTHER_COMMUNE, "Phường Phú Tân", null);

            assertThat(taskIds("Việc của đơn vị", USER)).containsExactly(ours.getId());
        }

        @Test
        void shouldListClaimedTasksUnderMyTasksAndKeepThemInTheUnitsList() {
            Task claimed = tasks.start(TestTasks.WORK, COMMUNE, "Phường Phú Khương", null);
            Task open = tasks.start(TestTasks.WORK, COMMUNE, "Phường Phú Khương", null);
            engine.getTaskService().claim(claimed.getId(), USER);

            assertThat(taskIds("Việc của tôi", USER)).containsExactly(claimed.getId());
            assertThat(taskIds("Việc của đơn vị", USER)).containsExactlyInAnyOrder(claimed.getId(), open.getId());
        }

        @Test
        void shouldListOverdueTasksOfTheUnitOnly() {
            Task overdue = tasks.start(TestTasks.WORK, COMMUNE, "Phường Phú Khương", hoursFromNow(-1));
            tasks.start(TestTasks.WORK, COMMUNE, "Phường Phú Khương", hoursFromNow(30));
            tasks.start(TestTasks.WORK, OTHER_COMMUNE, "Phường Phú Tân", hoursFromNow(-1));

            assertThat(taskIds("Quá hạn", USER)).containsExactly(overdue.getId());
        }

        /** Every day of one week (7 July 2025 is a Monday), so that each weekend case is checked. */
        @ParameterizedTest
        @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
        void shouldListTasksDueWithinTwoWorkingDaysSkippingTheWeekend(int daysAfterMonday) {
            LocalDate today = LocalDate.of(2025, 7, 7).plusDays(daysAfterMonday);
            ClockUtil.setCurrentTime(at(today, 10));
            LocalDate lastDay = calendar.addWorkingDays(today, 2);
            Map<Integer, Task> byDaysAhead = new TreeMap<>();
            for (int days = 1; days <= 6; days++) {
                byDaysAhead.put(days, tasks.start(TestTasks.WORK, COMMUNE, "Phường Phú Khương", at(today.plusDays(days), 12)));
            }
            tasks.start(TestTasks.WORK, COMMUNE, "Phường Phú Khương", at(today, 9));

            List<String> expected = byDaysAhead.entrySet().stream()
                .filter(e -> !today.plusDays(e.getKey()).isAfter(lastDay))
                .map(e -> e.getValue().getId()).toList();
            assertThat(taskIds("Sắp đến hạn", USER)).as(today.getDayOfWeek().toString()).containsExactlyElementsOf(expected);
        }

        @Test
        void shouldSortByDueDate() {
            Task later = tasks.start(TestTasks.WORK, COMMUNE, "Phường Phú Khương", noonIn(9));
            Task sooner = tasks.start(TestTasks.WORK, COMMUNE, "Phường Phú Khương", noonIn(8));

            assertThat(taskIds("Việc của đơn vị", USER)).containsExactly(sooner.getId(), later.getId());
        }
    }

    @Nested
    class AsAReviewer {

        static final String USER = DISTRICT_OFFICE + "-cv";

        @Test
        void shouldListReviewTasksOfMyUnitButNotItsOwnWork() {
            Task review = tasks.start(TestTasks.REVIEW, DISTRICT_OFFICE, "Phòng Nội vụ thành phố Bến Tre", null);
            tasks.start(TestTasks.WORK, DISTRICT_OFFICE, "Phòng Nội vụ thành phố Bến Tre", null);
            tasks.start(TestTasks.REVIEW, "so-noi-vu", "Sở Nội vụ", null);

            assertThat(taskIds("Chờ tôi xét duyệt", USER)).containsExactly(review.getId());
        }
    }

    private List<Filter> sharedFilters() {
        return engine.getFilterService().createTaskFilterQuery().filterOwner(SharedTaskFilters.OWNER).list();
    }

    private Filter filter(String name) {
        return engine.getFilterService().createTaskFilterQuery().filterOwner(SharedTaskFilters.OWNER)
            .filterName(name).singleResult();
    }

    private List<String> visibleFilterNames(String userId) {
        return asUser(userId, () -> engine.getFilterService().createTaskFilterQuery().list().stream()
            .map(Filter::getName).toList());
    }

    /** What Tasklist lists for the user: the filter's query, run under the user's authorizations. */
    private List<String> taskIds(String filterName, String userId) {
        String filterId = filter(filterName).getId();
        return asUser(userId, () -> engine.getFilterService().<Task>list(filterId).stream().map(Task::getId)
            .collect(Collectors.toList()));
    }

    private <T> T asUser(String userId, java.util.function.Supplier<T> work) {
        IdentityService identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identity.setAuthentication(userId, groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static Date hoursFromNow(int hours) {
        return Date.from(java.time.Instant.now().plus(hours, ChronoUnit.HOURS));
    }

    private static Date noonIn(int days) {
        return at(LocalDate.now().plusDays(days), 12);
    }

    private static Date at(LocalDate day, int hour) {
        return Date.from(day.atTime(hour, 0).atZone(ZoneId.systemDefault()).toInstant());
    }
}
