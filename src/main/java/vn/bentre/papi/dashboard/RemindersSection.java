package vn.bentre.papi.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Section 3: reminders and escalations written in the last 30 days (today included), per day and
 * kind, with how many were sent, are waiting and could not be sent. Source: {@code ntf_outbox}
 * (notification feature), read only; {@code NOTIFY} rows (plain notices) are not reminders and left out.
 */
@Component
@Order(30)
class RemindersSection implements DashboardSection {

    static final String ID = "reminders";
    static final int DAYS = 30;

    /** The outbox kinds shown, in this order. */
    enum Kind {
        BEFORE("Nhắc trước hạn", "#64b5f6"),
        DUE("Nhắc đến hạn", "#f9a825"),
        OVERDUE("Nhắc quá hạn", "#ef6c00"),
        ESCALATION("Chuyển cấp xử lý", "#c62828");

        final String label;
        final String color;

        Kind(String label, String color) {
            this.label = label;
            this.color = color;
        }
    }

    record Row(Kind kind, String status, String unitId, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final CamundaLinks links;

    RemindersSection(JdbcClient jdbc, CamundaLinks links) {
        this.jdbc = jdbc;
        this.links = links;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Nhắc việc và chuyển cấp xử lý trong " + DAYS + " ngày qua";
    }

    @Override
    public SectionContent load(Viewer viewer) {
        LocalDate today = DashboardFormat.today();
        LocalDate first = today.minusDays(DAYS - 1L);
        List<Row> rows = jdbc.sql("select kind, status, unit_id, created_at from ntf_outbox "
                + "where created_at >= ? and created_at < ? and kind in ('BEFORE', 'DUE', 'OVERDUE', 'ESCALATION')")
            .params(startOf(first), startOf(today.plusDays(1)))
            .query((rs, i) -> new Row(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant()))
            .list().stream().filter(row -> viewer.sees(row.unitId())).toList();

        List<String> labels = new ArrayList<>();
        Map<LocalDate, Integer> dayIndex = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            dayIndex.put(day, labels.size());
            labels.add(DashboardFormat.date(day));
        }
        Map<Kind, int[]> perDay = new LinkedHashMap<>();
        Map<Kind, int[]> perStatus = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            perDay.put(kind, new int[DAYS]);
            perStatus.put(kind, new int[3]);
        }
        for (Row row : rows) {
            perDay.get(row.kind())[dayIndex.get(row.createdAt().atZone(DashboardFormat.VIETNAM).toLocalDate())]++;
            perStatus.get(row.kind())[statusColumn(row.status())]++;
        }

        List<Series> series = new ArrayList<>();
        perDay.forEach((kind, counts) -> series.add(new Series(kind.label,
            Arrays.stream(counts).mapToObj(n -> (Number) n).toList(), kind.color)));
        List<List<Object>> table = new ArrayList<>();
        int[] sum = new int[3];
        perStatus.forEach((kind, counts) -> {
            table.add(List.of(kind.label, counts[0] + counts[1] + counts[2], counts[0], counts[1], counts[2]));
            for (int i = 0; i < 3; i++) {
                sum[i] += counts[i];
            }
        });
        table.add(List.of("Cộng", sum[0] + sum[1] + sum[2], sum[0], sum[1], sum[2]));

        return SectionContent.chart(ChartKind.STACKED_BAR, labels, series)
            .withTable(List.of("Loại", "Tổng số", "Đã gửi", "Chờ gửi", "Không gửi được"), table)
            .withLinks(List.of(new Link("Việc cần làm trong Tasklist", links.tasklist())))
            .withNote("Từ " + DashboardFormat.date(first) + " đến " + DashboardFormat.date(today)
                + ", theo ngày ghi vào hộp thư đi. Chờ gửi: chưa gửi được thư (chưa cấu hình máy chủ thư hoặc máy chủ "
                + "đang lỗi, sẽ gửi lại); không gửi được: địa chỉ sai hoặc đơn vị chưa có ai có địa chỉ e-mail.");
    }

    /** 0 sent, 1 waiting (PENDING, SENDING), 2 not sendable (FAILED, SKIPPED). */
    private static int statusColumn(String status) {
        return switch (status) {
            case "SENT" -> 0;
            case "FAILED", "SKIPPED" -> 2;
            default -> 1;
        };
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(DashboardFormat.VIETNAM).toInstant().atOffset(ZoneOffset.UTC);
    }
}
