package vn.bentre.papi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Section 6, {@code papi-scores}: the province's group per dimension in the last four years, from
 * the assessment feature's results (the plan's 2013/2014 seed plus two years entered here).
 */
class PapiScoresSectionTests extends DashboardTestSupport {

    static final String ID = PapiScoresSection.ID;
    static final String TRANSPARENCY = "Công khai, minh bạch";

    @BeforeEach
    void twoAssessedYears() {
        removeAssessedYears();
        year(2015, "5.95", "HIGH_AVERAGE", 25);
        dimension(2015, "TRANSPARENCY", "5.61", "LOW_AVERAGE", false);
        dimension(2015, "ACCOUNTABILITY", "5.80", "HIGHEST", true);
        year(2016, "6.12", "HIGH_AVERAGE", 18);
        dimension(2016, "TRANSPARENCY", "6.05", "HIGH_AVERAGE", true);
        dimension(2016, "ACCOUNTABILITY", "5.70", "HIGH_AVERAGE", true);
    }

    /** Other test classes expect only the plan's seed. */
    @AfterEach
    void removeAssessedYears() {
        jdbc.sql("delete from asm_dimension_result where papi_year in (select papi_year from asm_year_result where source <> 'PLAN_4129')")
            .update();
        jdbc.sql("delete from asm_year_result where source <> 'PLAN_4129'").update();
    }

    private void year(int year, String score, String group, int rank) {
        jdbc.sql("insert into asm_year_result (papi_year, overall_score, overall_group, province_rank, province_count, source, recorded_at) "
                + "values (?, ?, ?, ?, 63, 'ASSESSMENT', ?)")
            .params(year, new BigDecimal(score), group, rank, Timestamp.valueOf(LocalDateTime.of(year + 1, 4, 1, 9, 0))).update();
    }

    private void dimension(int year, String dimensionId, String score, String group, boolean meetsTarget) {
        jdbc.sql("insert into asm_dimension_result (papi_year, dimension_id, score, dimension_group, meets_target) values (?, ?, ?, ?, ?)")
            .params(year, dimensionId, new BigDecimal(score), group, meetsTarget).update();
    }

    @Test
    void shouldShowTheGroupOfEveryDimensionInTheLastFourYears() {
        JsonNode section = section("xa-28756-cv", ID);

        assertThat(section.get("kind").asText()).isEqualTo("bar");
        assertThat(section.get("horizontal").asBoolean()).isTrue();
        assertThat(texts(section.get("valueLabels"))).containsExactly("", "Thấp nhất", "Trung bình thấp", "Trung bình cao", "Cao nhất");
        assertThat(section.get("series")).extracting(s -> s.get("name").asText())
            .containsExactly("Năm 2013", "Năm 2014", "Năm 2015", "Năm 2016");
        List<String> labels = texts(section.get("labels"));
        assertThat(labels).contains(TRANSPARENCY);
        int transparency = labels.indexOf(TRANSPARENCY);
        assertThat(series(section, "Năm 2015").get(transparency)).isEqualTo(2.0);
        assertThat(series(section, "Năm 2016").get(transparency)).isEqualTo(3.0);
        assertThat(rows(section).get(transparency)).endsWith("Trung bình thấp · 5,61 điểm · chưa đạt", "Trung bình cao · 6,05 điểm · đạt");
        assertThat(rows(section).get(rows(section).size() - 1))
            .endsWith("Trung bình cao · 5,95 điểm · xếp thứ 25/63", "Trung bình cao · 6,12 điểm · xếp thứ 18/63");
        assertThat(section.get("note").asText()).contains("“trung bình cao” trở lên", "Năm 2013, 2014: số liệu nêu trong Kế hoạch");
    }

    @Test
    void shouldLeaveAGapWhereADimensionHasNoResult() {
        JsonNode section = section("so-noi-vu-cv", ID);

        int participation = texts(section.get("labels")).indexOf("Tham gia của người dân ở cấp cơ sở");
        assertThat(participation).isNotNegative();
        assertThat(section.get("series").get(3).get("values").get(participation).isNull()).isTrue();
        assertThat(rows(section).get(participation).get(4)).isEmpty();
    }
}
