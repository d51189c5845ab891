package vn.bentre.papi.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.bentre.papi.planning.Dimension;
import vn.bentre.papi.planning.MeasureCatalogue;

/**
 * The province's PAPI results per year and per dimension, for the dashboard: the figures the plan
 * gives for 2013 and 2014, and every year Sở Nội vụ entered since.
 */
@Service
public class AssessmentResults {

    private final JdbcClient jdbc;
    private final MeasureCatalogue catalogue;

    AssessmentResults(JdbcClient jdbc, MeasureCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /** Every year with results, oldest first; dimensions in the catalogue's order. */
    public List<YearResult> all() {
        Map<String, Dimension> dimensions = new LinkedHashMap<>();
        catalogue.dimensions().forEach(d -> dimensions.put(d.id(), d));
        List<String> order = new ArrayList<>(dimensions.keySet());
        Map<Integer, List<DimensionResult>> byYear = new LinkedHashMap<>();
        jdbc.sql("select papi_year, dimension_id, score, dimension_group, meets_target from asm_dimension_result")
            .query(rs -> {
                PapiGroup group = PapiGroup.parse(rs.getString("dimension_group"));
                Dimension dimension = dimensions.get(rs.getString("dimension_id"));
                byYear.computeIfAbsent(rs.getInt("papi_year"), y -> new ArrayList<>()).add(new DimensionResult(
                    rs.getString("dimension_id"), dimension == null ? null : dimension.name(), rs.getBigDecimal("score"), group,
                    group == null ? null : group.label(), (Boolean) rs.getObject("meets_target")));
            });
        byYear.values().forEach(list -> list.sort(Comparator.comparingInt(d -> order.indexOf(d.dimensionId()))));
        return jdbc.sql("select * from asm_year_result order by papi_year")
            .query((rs, i) -> {
                PapiGroup group = PapiGroup.parse(rs.getString("overall_group"));
                int year = rs.getInt("papi_year");
                return new YearResult(year, rs.getBigDecimal("overall_score"), group, group == null ? null : group.label(),
                    (Integer) rs.getObject("province_rank"), (Integer) rs.getObject("province_count"), rs.getString("source"),
                    byYear.getOrDefault(year, List.of()));
            }).list();
    }

    /**
     * @param rank          the province's rank among {@code provinceCount} provinces (1 = best)
     * @param source        PLAN_4129 (figures from the plan) or ASSESSMENT (entered by Sở Nội vụ)
     */
    public record YearResult(int year, BigDecimal overallScore, PapiGroup overallGroup, String overallGroupName, Integer rank,
            Integer provinceCount, String source, List<DimensionResult> dimensions) {
    }

    /** @param meetsTarget what the target decision said when the result was recorded; null when unknown */
    public record DimensionResult(String dimensionId, String dimensionName, BigDecimal score, PapiGroup group, String groupName,
            Boolean meetsTarget) {
    }
}
