package vn.bentre.papi.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.bentre.papi.calendar.ReportingPeriod;

/**
 * Section 4: the periodic reports of the last four reporting cycles, per cycle: sent on time, sent
 * late, missing (not sent and past due), not due yet; and how many were accepted. On time or late
 * is the reporting feature's own verdict on the first submission ({@code on_time}). Source:
 * {@code rpt_cycle}, {@code rpt_unit_report} (reporting feature), read only.
 */
@Component
@Order(40)
class ReportingSection implements DashboardSection {

    static final String ID = "reporting-cycles";
    static final int CYCLES = 4;

    enum Timeliness {
        ON_TIME("Đúng hạn", "#2e7d32"),
        LATE("Trễ hạn", "#f9a825"),
        MISSING("Chưa gửi, đã quá hạn", "#c62828"),
        NOT_DUE("Chưa đến hạn", "#90a4ae");

        final String label;
        final String color;

        Timeliness(String label, String color) {
            this.label = label;
            this.color = color;
        }

        static Timeliness of(Instant dueAt, Instant firstSubmittedAt, Boolean onTime, Instant now) {
            if (firstSubmittedAt == null) {
                return dueAt.isBefore(now) ? MISSING : NOT_DUE;
            }
            boolean inTime = onTime != null ? onTime : !firstSubmittedAt.isAfter(dueAt);
            return inTime ? ON_TIME : LATE;
        }
    }

    record Report(String cycleId, String unitId, Timeliness timeliness, boolean accepted) {
    }

    private final JdbcClient jdbc;
    private final CamundaLinks links;

    ReportingSection(JdbcClient jdbc, CamundaLinks links) {
        this.jdbc = jdbc;
        this.links = links;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Báo cáo định kỳ: đúng hạn, trễ hạn, chưa gửi";
    }

    @Override
    public SectionContent load(Viewer viewer) {
        Instant now = DashboardFormat.now();
        List<String> cycles = new ArrayList<>(jdbc.sql("select id from rpt_cycle order by opened_at desc, id desc fetch first "
            + CYCLES + " rows only").query(String.class).list());
        if (cycles.isEmpty()) {
            return SectionContent.chart(ChartKind.STACKED_BAR, List.of(), List.of()).withNote("Chưa mở kỳ báo cáo nào.");
        }
        Collections.reverse(cycles);
        Map<String, Map<Timeliness, Integer>> counts = new LinkedHashMap<>();
        Map<String, Integer> accepted = new LinkedHashMap<>();
        cycles.forEach(id -> {
            counts.put(id, new EnumMap<>(Timeliness.class));
            accepted.put(id, 0);
        });
        jdbc.sql("select cycle_id, unit_id, status, due_at, first_submitted_at, on_time from rpt_unit_report where cycle_id in (:cycles)")
            .param("cycles", cycles)
            .query((rs, i) -> new Report(rs.getString("cycle_id"), rs.getString("unit_id"),
                Timeliness.of(instant(rs.getTimestamp("due_at")), instant(rs.getTimestamp("first_submitted_at")),
                    (Boolean) rs.getObject("on_time"), now), "ACCEPTED".equals(rs.getString("status"))))
            .list().stream()
            .filter(report -> viewer.sees(report.unitId()))
            .forEach(report -> {
                counts.get(report.cycleId()).merge(report.timeliness(), 1, Integer::sum);
                if (report.accepted()) {
                    accepted.merge(report.cycleId(), 1, Integer::sum);
                }
            });

        List<String> labels = cycles.stream().map(id -> ReportingPeriod.parse(id).label()).toList();
        List<Series> series = new ArrayList<>();
        for (Timeliness t : Timeliness.values()) {
            series.add(new Series(t.label, cycles.stream().map(id -> (Number) counts.get(id).getOrDefault(t, 0)).toList(), t.color));
        }
        List<String> columns = new ArrayList<>(List.of("Kỳ báo cáo", "Số báo cáo"));
        for (Timeliness t : Timeliness.values()) {
            columns.add(t.label);
        }
        columns.add("Đã chấp nhận");
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < cycles.size(); i++) {
            Map<Timeliness, Integer> c = counts.get(cycles.get(i));
            List<Object> row = new ArrayList<>(List.of(labels.get(i), c.values().stream().mapToInt(Integer::intValue).sum()));
            for (Timeliness t : Timeliness.values()) {
                row.add(c.getOrDefault(t, 0));
            }
            row.add(accepted.get(cycles.get(i)));
            rows.add(row);
        }
        boolean anyReport = counts.values().stream().anyMatch(c -> !c.isEmpty());
        return SectionContent.chart(ChartKind.STACKED_BAR, anyReport ? labels : List.of(), anyReport ? series : List.of())
            .withTable(columns, anyReport ? rows : List.of())
            .withLinks(links(viewer))
            .withNote("Các kỳ báo cáo gần nhất (tối đa " + CYCLES + "), số báo cáo của các đơn vị trong phạm vi của bạn. "
                + "Đúng hạn, trễ hạn: theo lần gửi đầu tiên. Số liệu lúc " + DashboardFormat.dateTime(now) + ".");
    }

    private List<Link> links(Viewer viewer) {
        List<Link> result = new ArrayList<>();
        if (viewer.cockpit()) {
            links.cockpitProcessDefinition("papi-reporting-cycle")
                .ifPresent(href -> result.add(new Link("Quy trình “Kỳ báo cáo thực hiện Kế hoạch PAPI” trong Cockpit", href)));
        }
        result.add(new Link("Việc cần làm trong Tasklist", links.tasklist()));
        return result;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
