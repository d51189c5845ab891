package vn.bentre.papi.dashboard;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.planning.Dimension;
import vn.bentre.papi.planning.MeasureCatalogue;

/**
 * Section 5: obstacles not answered yet, by how long they have been open (calendar days since they
 * were raised) and where they wait; the oldest ten listed. Answered cases waiting for the unit's
 * acknowledgement are counted in the note only. Source: {@code obs_obstacle} (obstacles feature),
 * read only; scope by the raising unit.
 */
@Component
@Order(50)
class OpenObstaclesSection implements DashboardSection {

    static final String ID = "open-obstacles";
    static final int OLDEST = 10;
    static final List<String> AGE_BANDS = List.of("Dưới 7 ngày", "7–14 ngày", "15–30 ngày", "Trên 30 ngày");

    enum Waiting {
        TRIAGE("Sở Nội vụ đang xem xét", "#1565c0"),
        AWAITING_OPINION("Chờ ý kiến sở, ngành", "#f9a825"),
        AWAITING_DECISION("Chờ UBND tỉnh quyết định", "#c62828");

        final String label;
        final String color;

        Waiting(String label, String color) {
            this.label = label;
            this.color = color;
        }
    }

    record Obstacle(String unitId, String dimensionId, String description, String status, Instant raisedAt) {
    }

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final MeasureCatalogue catalogue;
    private final CamundaLinks links;

    OpenObstaclesSection(JdbcClient jdbc, Organisation organisation, MeasureCatalogue catalogue, CamundaLinks links) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.links = links;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Vướng mắc chưa được trả lời";
    }

    @Override
    public SectionContent load(Viewer viewer) {
        Instant now = DashboardFormat.now();
        List<Obstacle> cases = jdbc.sql("select unit_id, dimension_id, description, status, raised_at from obs_obstacle "
                + "where status in ('TRIAGE', 'AWAITING_OPINION', 'AWAITING_DECISION', 'ANSWERED')")
            .query((rs, i) -> new Obstacle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant()))
            .list().stream().filter(o -> viewer.sees(o.unitId())).toList();
        List<Obstacle> open = cases.stream().filter(o -> !"ANSWERED".equals(o.status())).toList();
        long answered = cases.size() - open.size();

        Map<Waiting, int[]> perBand = new EnumMap<>(Waiting.class);
        for (Waiting w : Waiting.values()) {
            perBand.put(w, new int[AGE_BANDS.size()]);
        }
        open.forEach(o -> perBand.get(Waiting.valueOf(o.status()))[band(days(o, now))]++);
        List<Series> series = new ArrayList<>();
        perBand.forEach((w, counts) -> series.add(new Series(w.label,
            Arrays.stream(counts).mapToObj(n -> (Number) n).toList(), w.color)));

        Map<String, String> units = organisation.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
        Map<String, String> dimensions = catalogue.dimensions().stream().collect(Collectors.toMap(Dimension::id, Dimension::name));
        List<List<Object>> rows = open.stream().sorted(Comparator.comparing(Obstacle::raisedAt)).limit(OLDEST)
            .map(o -> List.<Object>of(units.getOrDefault(o.unitId(), o.unitId()), dimensions.getOrDefault(o.dimensionId(), o.dimensionId()),
                shorten(o.description()), DashboardFormat.date(o.raisedAt()), days(o, now), Waiting.valueOf(o.status()).label))
            .toList();

        return SectionContent.chart(ChartKind.STACKED_BAR, open.isEmpty() ? List.of() : AGE_BANDS, open.isEmpty() ? List.of() : series)
            .withTable(List.of("Đơn vị", "Nội dung PAPI", "Vướng mắc", "Ngày phản ánh", "Số ngày", "Đang chờ"), rows)
            .withLinks(links(viewer))
            .withNote(open.size() + " vướng mắc chưa được trả lời" + (open.size() > OLDEST ? " (bảng: " + OLDEST + " vướng mắc lâu nhất)" : "")
                + "; " + answered + " đã trả lời, chờ đơn vị xác nhận. Số ngày tính từ ngày phản ánh đến "
                + DashboardFormat.dateTime(now) + ".");
    }

    /** Calendar days from the day it was raised to today, in the province's time zone. */
    private static long days(Obstacle o, Instant now) {
        return Math.max(0, ChronoUnit.DAYS.between(o.raisedAt().atZone(DashboardFormat.VIETNAM).toLocalDate(),
            now.atZone(DashboardFormat.VIETNAM).toLocalDate()));
    }

    private static int band(long days) {
        return days < 7 ? 0 : days <= 14 ? 1 : days <= 30 ? 2 : 3;
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }

    private List<Link> links(Viewer viewer) {
        List<Link> result = new ArrayList<>();
        if (viewer.cockpit()) {
            links.cockpitProcessDefinition("papi-obstacle")
                .ifPresent(href -> result.add(new Link("Quy trình “Xử lý vướng mắc” trong Cockpit", href)));
        }
        result.add(new Link("Việc cần làm trong Tasklist", links.tasklist()));
        return result;
    }
}
