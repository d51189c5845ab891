package vn.bentre.papi.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;

import vn.bentre.papi.platform.WithoutAuthorization;

/**
 * Section 2: open tasks past their due date, per responsible unit, the 20 units with most first.
 * The responsible unit is the one whose officials' or leaders' group is a candidate group of the
 * task (so a commune plan waiting for its district's review counts for the district's Phòng Nội vụ),
 * else the process variable {@code unitId}. Source: Camunda's {@code TaskService}.
 */
@Component
@Order(20)
class OverdueTasksSection implements DashboardSection {

    static final String ID = "overdue-tasks";
    static final int TOP_UNITS = 20;
    static final int LONG_OVERDUE_DAYS = 7;
    static final String UNKNOWN_UNIT = "Chưa xác định đơn vị";

    record OverdueTask(String unitId, Instant due) {
    }

    static final class UnitTally {
        final String unitId;
        final String name;
        int count;
        int longOverdue;
        Instant oldestDue;

        UnitTally(String unitId, String name) {
            this.unitId = unitId;
            this.name = name;
        }
    }

    private final TaskService tasks;
    private final Organisation organisation;
    private final WithoutAuthorization withoutAuthorization;
    private final CamundaLinks links;

    OverdueTasksSection(TaskService tasks, Organisation organisation, WithoutAuthorization withoutAuthorization, CamundaLinks links) {
        this.tasks = tasks;
        this.organisation = organisation;
        this.withoutAuthorization = withoutAuthorization;
        this.links = links;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Việc quá hạn theo đơn vị";
    }

    @Override
    public SectionContent load(Viewer viewer) {
        Instant now = DashboardFormat.now();
        Map<String, Unit> units = organisation.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        List<OverdueTask> overdue = withoutAuthorization.call(() -> tasks.createTaskQuery().active()
            .dueBefore(Date.from(now)).list().stream()
            .map(task -> new OverdueTask(unitOf(task, units).orElse(null), task.getDueDate().toInstant())).toList());

        Map<String, UnitTally> byUnit = new HashMap<>();
        for (OverdueTask task : overdue) {
            if (!viewer.sees(task.unitId())) {
                continue;
            }
            UnitTally tally = byUnit.computeIfAbsent(String.valueOf(task.unitId()), key -> new UnitTally(task.unitId(),
                task.unitId() == null ? UNKNOWN_UNIT : Optional.ofNullable(units.get(task.unitId())).map(Unit::name).orElse(task.unitId())));
            tally.count++;
            if (Duration.between(task.due(), now).toDays() > LONG_OVERDUE_DAYS) {
                tally.longOverdue++;
            }
            if (tally.oldestDue == null || task.due().isBefore(tally.oldestDue)) {
                tally.oldestDue = task.due();
            }
        }
        List<UnitTally> ranked = byUnit.values().stream()
            .sorted(Comparator.comparingInt((UnitTally t) -> -t.count).thenComparing(t -> t.oldestDue).thenComparing(t -> t.name))
            .toList();
        List<UnitTally> top = ranked.subList(0, Math.min(TOP_UNITS, ranked.size()));

        List<String> labels = top.stream().map(t -> t.name).toList();
        List<Series> series = List.of(
            new Series("Quá hạn đến " + LONG_OVERDUE_DAYS + " ngày", top.stream().map(t -> (Number) (t.count - t.longOverdue)).toList(), "#f9a825"),
            new Series("Quá hạn trên " + LONG_OVERDUE_DAYS + " ngày", top.stream().map(t -> (Number) t.longOverdue).toList(), "#c62828"));
        List<List<Object>> rows = new ArrayList<>();
        for (UnitTally t : top) {
            rows.add(List.of(t.name, t.count, t.longOverdue, DashboardFormat.date(t.oldestDue)));
        }
        int total = ranked.stream().mapToInt(t -> t.count).sum();
        String note = "Tổng cộng " + total + " việc quá hạn ở " + ranked.size() + " đơn vị, tính đến "
            + DashboardFormat.dateTime(now) + (ranked.size() > TOP_UNITS ? "; hiển thị " + TOP_UNITS + " đơn vị có nhiều việc quá hạn nhất" : "")
            + ". Việc trình ký tính cho đơn vị, việc thẩm định tính cho cơ quan thẩm định.";
        return SectionContent.chart(ChartKind.STACKED_BAR, labels, series).horizontally()
            .withTable(List.of("Đơn vị", "Số việc quá hạn", "Trong đó quá hạn trên " + LONG_OVERDUE_DAYS + " ngày", "Hạn sớm nhất"), rows)
            .withLinks(links(viewer))
            .withNote(note);
    }

    /** Runs inside the query's command, so each look-up reuses its connection. */
    private Optional<String> unitOf(Task task, Map<String, Unit> units) {
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                String groupId = link.getGroupId();
                String unitId = groupId.endsWith(ViewerResolver.LEADERS_SUFFIX)
                    ? groupId.substring(0, groupId.length() - ViewerResolver.LEADERS_SUFFIX.length()) : groupId;
                if (units.containsKey(unitId)) {
                    return Optional.of(unitId);
                }
            }
        }
        if (task.getExecutionId() != null && tasks.getVariable(task.getId(), "unitId") instanceof String unitId && !unitId.isBlank()) {
            return Optional.of(unitId);
        }
        return Optional.empty();
    }

    private List<Link> links(Viewer viewer) {
        List<Link> result = new ArrayList<>();
        if (viewer.cockpit()) {
            result.add(new Link("Các quy trình trong Cockpit", links.cockpitProcesses()));
        }
        result.add(new Link("Việc cần làm trong Tasklist", links.tasklist()));
        return result;
    }
}
