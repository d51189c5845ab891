package vn.bentre.papi.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.organisation.UnitLevel;

/**
 * Section 1: how far the units' implementation plans of the latest rollout are, per district (the
 * district's own plan and its communes') and for the provincial departments, as shares of the plans:
 * approved, being signed or reviewed, being drafted, overdue. Source: {@code pln_rollout},
 * {@code pln_unit_plan} (planning feature), read only.
 */
@Component
@Order(10)
class RolloutProgressSection implements DashboardSection {

    static final String ID = "rollout-progress";
    static final String DEPARTMENTS = "Sở, ban, ngành tỉnh";
    static final String OTHER_UNITS = "Đơn vị khác";

    /** Mutually exclusive, so the bars of a group add up to 100 %. */
    enum Stage {
        APPROVED("Đã duyệt", "#2e7d32"),
        IN_REVIEW("Đang trình ký, thẩm định", "#1565c0"),
        DRAFTING("Đang xây dựng", "#f9a825"),
        OVERDUE("Quá hạn", "#c62828");

        final String label;
        final String color;

        Stage(String label, String color) {
            this.label = label;
            this.color = color;
        }

        /** Submitted plans wait for the unit's head or the reviewer; drafted ones (also after a return) are late after the deadline. */
        static Stage of(String status, Instant dueAt, Instant now) {
            return switch (status) {
                case "APPROVED" -> APPROVED;
                case "SUBMITTED", "IN_REVIEW" -> IN_REVIEW;
                default -> dueAt != null && dueAt.isBefore(now) ? OVERDUE : DRAFTING;
            };
        }
    }

    record Rollout(String id, String planNumber, LocalDate issuedOn, Instant deadline, Instant startedAt, Instant completedAt) {
    }

    record Plan(String unitId, String status, Instant dueAt) {
    }

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final CamundaLinks links;

    RolloutProgressSection(JdbcClient jdbc, Organisation organisation, CamundaLinks links) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.links = links;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Tiến độ xây dựng kế hoạch thực hiện của các đơn vị";
    }

    @Override
    public SectionContent load(Viewer viewer) {
        Instant now = DashboardFormat.now();
        Optional<Rollout> rollout = latestRollout();
        List<Plan> plans = rollout.map(r -> plans("where rollout_id = ?", r.id())).orElseGet(() -> plans("", null));
        Map<String, Unit> units = new LinkedHashMap<>();
        organisation.units().forEach(unit -> units.put(unit.id(), unit));

        Map<String, Map<Stage, Integer>> counts = new LinkedHashMap<>();
        for (Unit unit : units.values()) {
            if (unit.level() == UnitLevel.DISTRICT) {
                counts.put(groupLabel(unit), new EnumMap<>(Stage.class));
            }
        }
        counts.put(DEPARTMENTS, new EnumMap<>(Stage.class));
        counts.put(OTHER_UNITS, new EnumMap<>(Stage.class));
        for (Plan plan : plans) {
            if (viewer.sees(plan.unitId())) {
                counts.get(groupOf(units, plan.unitId())).merge(Stage.of(plan.status(), plan.dueAt(), now), 1, Integer::sum);
            }
        }
        counts.values().removeIf(Map::isEmpty);

        List<String> labels = new ArrayList<>(counts.keySet());
        List<Series> series = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            series.add(new Series(stage.label, counts.values().stream()
                .map(c -> (Number) DashboardFormat.percent(c.getOrDefault(stage, 0), total(c))).toList(), stage.color));
        }
        return SectionContent.chart(ChartKind.STACKED_BAR, labels, series)
            .withUnit("%")
            .withTable(columns(), rows(counts))
            .withLinks(links(viewer, rollout))
            .withNote(note(rollout, plans.isEmpty(), now));
    }

    private Optional<Rollout> latestRollout() {
        return jdbc.sql("select id, plan_number, issued_on, unit_plan_deadline, started_at, completed_at from pln_rollout "
                + "order by started_at desc, id desc fetch first 1 rows only")
            .query((rs, i) -> new Rollout(rs.getString(1), rs.getString(2),
                rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(), instant(rs.getTimestamp(4)),
                instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
            .optional();
    }

    private List<Plan> plans(String where, String rolloutId) {
        var sql = jdbc.sql("select unit_id, status, due_at from pln_unit_plan " + where);
        return (rolloutId == null ? sql : sql.param(rolloutId))
            .query((rs, i) -> new Plan(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)))).list();
    }

    /** A commune and a district's office count with their district; departments and the province together. */
    private static String groupOf(Map<String, Unit> units, String unitId) {
        Unit unit = units.get(unitId);
        if (unit == null) {
            return OTHER_UNITS;
        }
        return switch (unit.level()) {
            case DISTRICT -> groupLabel(unit);
            case COMMUNE, DISTRICT_OFFICE -> Optional.ofNullable(units.get(unit.parentId()))
                .map(RolloutProgressSection::groupLabel).orElse(OTHER_UNITS);
            case DEPARTMENT, PROVINCE -> DEPARTMENTS;
        };
    }

    /** "UBND huyện Chợ Lách" → "Huyện Chợ Lách". */
    static String groupLabel(Unit district) {
        String name = ViewerResolver.withoutCommittee(district.name());
        return name.substring(0, 1).toUpperCase(new Locale("vi")) + name.substring(1);
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("Khối, địa bàn", "Số kế hoạch"));
        for (Stage stage : Stage.values()) {
            columns.add(stage.label);
        }
        columns.add("Tỉ lệ đã duyệt");
        return columns;
    }

    private static List<List<Object>> rows(Map<String, Map<Stage, Integer>> counts) {
        List<List<Object>> rows = new ArrayList<>();
        Map<Stage, Integer> sum = new EnumMap<>(Stage.class);
        counts.forEach((label, c) -> {
            rows.add(row(label, c));
            c.forEach((stage, n) -> sum.merge(stage, n, Integer::sum));
        });
        if (counts.size() > 1) {
            rows.add(row("Cộng", sum));
        }
        return rows;
    }

    private static List<Object> row(String label, Map<Stage, Integer> c) {
        List<Object> row = new ArrayList<>(List.of(label, total(c)));
        for (Stage stage : Stage.values()) {
            row.add(c.getOrDefault(stage, 0));
        }
        row.add(DashboardFormat.percent(c.getOrDefault(Stage.APPROVED, 0), total(c)).toPlainString().replace('.', ',') + " %");
        return row;
    }

    private static int total(Map<Stage, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private List<Link> links(Viewer viewer, Optional<Rollout> rollout) {
        List<Link> result = new ArrayList<>();
        if (viewer.cockpit()) {
            links.cockpitProcessDefinition("papi-unit-plan")
                .ifPresent(href -> result.add(new Link("Quy trình “Kế hoạch thực hiện của đơn vị” trong Cockpit", href)));
            rollout.filter(r -> r.completedAt() == null)
                .ifPresent(r -> result.add(new Link("Đợt triển khai đang chạy trong Cockpit", links.cockpitProcessInstance(r.id()))));
        }
        result.add(new Link("Việc cần làm trong Tasklist", links.tasklist()));
        return result;
    }

    private static String note(Optional<Rollout> rollout, boolean noPlans, Instant now) {
        String data = "Số liệu lúc " + DashboardFormat.dateTime(now) + ".";
        if (rollout.isEmpty()) {
            return (noPlans ? "Chưa triển khai Kế hoạch tới các đơn vị. " : "Chưa có đợt triển khai: tính mọi kế hoạch đơn vị. ") + data;
        }
        Rollout r = rollout.get();
        return "Đợt triển khai Kế hoạch " + r.planNumber()
            + (r.issuedOn() == null ? "" : " ngày " + DashboardFormat.date(r.issuedOn()))
            + ", bắt đầu " + DashboardFormat.date(r.startedAt()) + ", hạn gửi kế hoạch " + DashboardFormat.date(r.deadline())
            + (r.completedAt() == null ? "" : ", đã hoàn thành " + DashboardFormat.date(r.completedAt())) + ". "
            + "Quá hạn: chưa gửi kế hoạch (hoặc đang sửa sau khi bị trả lại) mà đã qua hạn. " + data;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
