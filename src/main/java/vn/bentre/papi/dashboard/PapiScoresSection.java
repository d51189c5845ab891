package vn.bentre.papi.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.bentre.papi.assessment.AssessmentResults;
import vn.bentre.papi.assessment.AssessmentResults.DimensionResult;
import vn.bentre.papi.assessment.AssessmentResults.YearResult;
import vn.bentre.papi.assessment.PapiGroup;
import vn.bentre.papi.planning.Dimension;
import vn.bentre.papi.planning.MeasureCatalogue;

/**
 * Section 6: the province's PAPI group per dimension in the last four years with results, against
 * the plan's target (plan I.1: every dimension "trung bình cao" or better), with scores and ranks
 * in the table. Published provincial figures: every viewer sees them. Source: the assessment
 * feature's {@link AssessmentResults}.
 */
@Component
@Order(60)
class PapiScoresSection implements DashboardSection {

    static final String ID = "papi-scores";
    static final int YEARS = 4;
    /** Value n on the chart is the group valueLabels[n]: the higher, the better. */
    static final List<String> GROUPS = List.of("", PapiGroup.LOWEST.label(), PapiGroup.LOW_AVERAGE.label(),
        PapiGroup.HIGH_AVERAGE.label(), PapiGroup.HIGHEST.label());
    static final String[] YEAR_COLORS = {"#b0bec5", "#78909c", "#42a5f5", "#1565c0"};

    private final AssessmentResults results;
    private final MeasureCatalogue catalogue;
    private final CamundaLinks links;

    PapiScoresSection(AssessmentResults results, MeasureCatalogue catalogue, CamundaLinks links) {
        this.results = results;
        this.catalogue = catalogue;
        this.links = links;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Kết quả Chỉ số PAPI của tỉnh theo từng nội dung";
    }

    @Override
    public SectionContent load(Viewer viewer) {
        List<YearResult> all = results.all();
        List<YearResult> years = all.subList(Math.max(0, all.size() - YEARS), all.size());
        Set<String> present = new LinkedHashSet<>();
        years.forEach(year -> year.dimensions().forEach(d -> present.add(d.dimensionId())));
        List<Dimension> dimensions = catalogue.dimensions().stream().filter(d -> present.contains(d.id())).toList();

        List<Series> series = new ArrayList<>();
        List<String> columns = new ArrayList<>(List.of("Nội dung"));
        for (int i = 0; i < years.size(); i++) {
            YearResult year = years.get(i);
            Map<String, DimensionResult> byId = byDimension(year);
            List<Number> values = new ArrayList<>();
            dimensions.forEach(d -> values.add(ordinal(byId.get(d.id()) == null ? null : byId.get(d.id()).group())));
            series.add(new Series("Năm " + year.year(), values, YEAR_COLORS[YEARS - years.size() + i]));
            columns.add("Năm " + year.year());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Dimension dimension : dimensions) {
            List<Object> row = new ArrayList<>(List.of(dimension.name()));
            years.forEach(year -> row.add(describe(byDimension(year).get(dimension.id()))));
            rows.add(row);
        }
        if (!years.isEmpty()) {
            List<Object> overall = new ArrayList<>(List.of("Chỉ số tổng hợp"));
            years.forEach(year -> overall.add(overall(year)));
            rows.add(overall);
        }
        List<Link> result = new ArrayList<>();
        if (viewer.cockpit()) {
            links.cockpitProcessDefinition("papi-annual-assessment")
                .ifPresent(href -> result.add(new Link("Quy trình “Đánh giá kết quả PAPI hằng năm” trong Cockpit", href)));
        }
        return SectionContent.chart(ChartKind.BAR, dimensions.stream().map(Dimension::name).toList(), series)
            .horizontally()
            .withValueLabels(GROUPS)
            .withTable(columns, rows)
            .withLinks(result)
            .withNote(note(years));
    }

    private static String note(List<YearResult> years) {
        List<String> fromPlan = years.stream().filter(y -> "PLAN_4129".equals(y.source())).map(y -> String.valueOf(y.year())).toList();
        return (years.isEmpty() ? "Chưa có kết quả PAPI nào. " : "")
            + "Mục tiêu của Kế hoạch (mục I.1): mọi nội dung đạt nhóm “trung bình cao” trở lên mỗi năm."
            + (fromPlan.isEmpty() ? "" : " Năm " + String.join(", ", fromPlan) + ": số liệu nêu trong Kế hoạch 4129/KH-UBND.");
    }

    private static Map<String, DimensionResult> byDimension(YearResult year) {
        Map<String, DimensionResult> byId = new HashMap<>();
        year.dimensions().forEach(d -> byId.put(d.dimensionId(), d));
        return byId;
    }

    private static Integer ordinal(PapiGroup group) {
        return group == null ? null : GROUPS.indexOf(group.label());
    }

    /** "Trung bình cao · 6,12 điểm · đạt". */
    private static String describe(DimensionResult result) {
        if (result == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(result.group() == null ? "Chưa xếp nhóm" : result.group().label());
        if (result.score() != null) {
            parts.add(score(result.score()) + " điểm");
        }
        if (result.meetsTarget() != null) {
            parts.add(result.meetsTarget() ? "đạt" : "chưa đạt");
        }
        return String.join(" · ", parts);
    }

    private static String overall(YearResult year) {
        List<String> parts = new ArrayList<>();
        if (year.overallGroup() != null) {
            parts.add(year.overallGroup().label());
        }
        if (year.overallScore() != null) {
            parts.add(score(year.overallScore()) + " điểm");
        }
        if (year.rank() != null) {
            parts.add("xếp thứ " + year.rank() + (year.provinceCount() == null ? "" : "/" + year.provinceCount()));
        }
        return String.join(" · ", parts);
    }

    private static String score(BigDecimal score) {
        return score.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
