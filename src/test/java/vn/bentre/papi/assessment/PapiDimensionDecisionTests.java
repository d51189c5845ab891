package vn.bentre.papi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.planning.Dimension;
import vn.bentre.papi.planning.Measure;
import vn.bentre.papi.planning.MeasureCatalogue;

/**
 * The two decision tables administrators may edit, as deployed: {@code papi-dimension-target}
 * (plan I.1: "high-average" or better) and {@code papi-dimension-lead-units} (plan II: who leads
 * each dimension's measures), which must agree with the measure catalogue.
 */
@SpringBootTest
@ActiveProfiles("test")
class PapiDimensionDecisionTests {

    /** Plan 4129/KH-UBND: the province's 2014 groups. */
    static final Map<String, String> GROUPS_2014 = Map.of(
        "ACCOUNTABILITY", "HIGHEST",
        "CORRUPTION_CONTROL", "HIGH_AVERAGE",
        "SERVICE_DELIVERY", "HIGH_AVERAGE",
        "TRANSPARENCY", "LOW_AVERAGE",
        "ADMIN_PROCEDURES", "LOW_AVERAGE",
        "PARTICIPATION", "LOWEST");

    @Autowired DecisionService decisions;
    @Autowired MeasureCatalogue catalogue;
    @Autowired Organisation organisation;
    @Autowired JdbcClient jdbc;

    private Boolean meetsTarget(String dimensionId, String group) {
        return decisions.evaluateDecisionTableByKey("papi-dimension-target",
                Variables.createVariables().putValue("dimensionId", dimensionId).putValue("dimensionGroup", group))
            .getSingleEntry();
    }

    private List<String> leadUnits(String dimensionId) {
        return decisions.evaluateDecisionTableByKey("papi-dimension-lead-units",
                Variables.createVariables().putValue("dimensionId", dimensionId))
            .collectEntries("unitId");
    }

    @ParameterizedTest
    @CsvSource({"HIGHEST, true", "HIGH_AVERAGE, true", "LOW_AVERAGE, false", "LOWEST, false"})
    void shouldSetTheTargetAtHighAverageOrBetterForEveryDimension(String group, boolean met) {
        for (Dimension dimension : catalogue.dimensions()) {
            assertThat(meetsTarget(dimension.id(), group)).as(dimension.id()).isEqualTo(met);
        }
    }

    @Test
    void shouldGiveNoResultForAnUnknownGroup() {
        assertThat(meetsTarget("TRANSPARENCY", "MEDIUM")).isNull();
    }

    @Test
    void shouldFindTransparencyAdministrativeProceduresAndParticipationBelowTargetIn2014() {
        Set<String> missed = GROUPS_2014.entrySet().stream().filter(e -> !meetsTarget(e.getKey(), e.getValue()))
            .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));

        assertThat(missed).containsExactly("ADMIN_PROCEDURES", "PARTICIPATION", "TRANSPARENCY");
    }

    @Test
    void shouldAgreeWithThe2014ResultsShippedAsSeedData() {
        Map<String, Boolean> seeded = new LinkedHashMap<>();
        jdbc.sql("select dimension_id, dimension_group, meets_target from asm_dimension_result where papi_year = 2014")
            .query(rs -> {
                assertThat(rs.getString("dimension_group")).isEqualTo(GROUPS_2014.get(rs.getString("dimension_id")));
                seeded.put(rs.getString("dimension_id"), rs.getBoolean("meets_target"));
            });

        assertThat(seeded).hasSize(6).allSatisfy((dimension, met) ->
            assertThat(meetsTarget(dimension, GROUPS_2014.get(dimension))).as(dimension).isEqualTo(met));
    }

    @Test
    void shouldNameTheUnitsThatLeadEachDimensionsMeasuresInTheCatalogue() {
        for (Dimension dimension : catalogue.dimensions(2017)) {
            Set<String> catalogueLeads = catalogue.measures(dimension.id()).stream()
                .filter(m -> m.source() == Measure.MeasureSource.PLAN)
                .flatMap(m -> m.leadUnits().stream())
                .filter(unit -> !unit.startsWith("@"))
                .collect(Collectors.toCollection(TreeSet::new));

            assertThat(new TreeSet<>(leadUnits(dimension.id()))).as(dimension.id()).isEqualTo(catalogueLeads);
        }
    }

    @Test
    void shouldNameLeadUnitsForThe2018DimensionsToo() {
        assertThat(leadUnits("ENVIRONMENT")).containsExactly("so-tai-nguyen-moi-truong");
        assertThat(leadUnits("E_GOVERNANCE")).containsExactly("so-thong-tin-truyen-thong");
        assertThat(leadUnits("SERVICE_DELIVERY")).containsExactlyInAnyOrder("bhxh-tinh", "so-y-te", "so-giao-duc-dao-tao",
            "so-cong-thuong", "so-giao-thong-van-tai", "so-nong-nghiep-ptnt", "so-tai-nguyen-moi-truong", "cong-an-tinh");
        assertThat(leadUnits("HAPPINESS")).isEmpty();
    }

    @Test
    void shouldGiveEveryDimensionAtLeastOneExistingUnitWithoutDuplicates() {
        for (Dimension dimension : catalogue.dimensions()) {
            List<String> units = leadUnits(dimension.id());
            assertThat(units).as(dimension.id()).isNotEmpty().doesNotHaveDuplicates()
                .allSatisfy(unit -> assertThat(organisation.unit(unit)).as(unit).isPresent());
        }
    }
}
