package vn.bentre.papi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Section 5, {@code open-obstacles}: obstacles not answered yet by age and where they wait. Rows are
 * written as the obstacles feature writes them (docs/obstacles.md, V6__obstacles.sql).
 */
class OpenObstaclesSectionTests extends DashboardTestSupport {

    static final String ID = OpenObstaclesSection.ID;
    static final LocalDate TODAY = LocalDate.of(2016, 5, 2);

    @BeforeEach
    void obstacles() {
        OutcomeRows rows = new OutcomeRows(jdbc);
        rows.obstacle("xa-28870", "TRANSPARENCY", "TRIAGE", TODAY.minusDays(2), "Chưa có hướng dẫn công khai thu chi ngân sách xã");
        rows.obstacle("xa-28873", "ADMIN_PROCEDURES", "AWAITING_OPINION", TODAY.minusDays(10), "Thiếu máy scan ở bộ phận một cửa");
        rows.obstacle("xa-28870", "PARTICIPATION", "AWAITING_DECISION", TODAY.minusDays(40), "Kinh phí bầu cử trưởng ấp");
        rows.obstacle("so-y-te", "SERVICE_DELIVERY", "TRIAGE", TODAY.minusDays(20), "Khảo sát hài lòng tại bệnh viện huyện");
        rows.obstacle("xa-28756", "TRANSPARENCY", "ANSWERED", TODAY.minusDays(30), "Đã trả lời, chờ xác nhận");
        rows.obstacle("xa-28756", "TRANSPARENCY", "CLOSED", TODAY.minusDays(60), "Đã xong");
        clockAt(TODAY, LocalTime.of(9, 0));
    }

    @Test
    void shouldCountOpenObstaclesByAgeAndWhereTheyWait() {
        JsonNode section = section("so-noi-vu-cv", ID);

        assertThat(texts(section.get("labels"))).containsExactly("Dưới 7 ngày", "7–14 ngày", "15–30 ngày", "Trên 30 ngày");
        assertThat(series(section, "Sở Nội vụ đang xem xét")).containsExactly(1.0, 0.0, 1.0, 0.0);
        assertThat(series(section, "Chờ ý kiến sở, ngành")).containsExactly(0.0, 1.0, 0.0, 0.0);
        assertThat(series(section, "Chờ UBND tỉnh quyết định")).containsExactly(0.0, 0.0, 0.0, 1.0);
        assertThat(rows(section)).extracting(row -> row.get(2)).as("oldest first")
            .containsExactly("Kinh phí bầu cử trưởng ấp", "Khảo sát hài lòng tại bệnh viện huyện",
                "Thiếu máy scan ở bộ phận một cửa", "Chưa có hướng dẫn công khai thu chi ngân sách xã");
        assertThat(rows(section).get(0)).containsExactly("UBND thị trấn Chợ Lách, huyện Chợ Lách",
            "Tham gia của người dân ở cấp cơ sở", "Kinh phí bầu cử trưởng ấp", "23/03/2016", "40", "Chờ UBND tỉnh quyết định");
        assertThat(section.get("note").asText()).startsWith("4 vướng mắc chưa được trả lời; 1 đã trả lời, chờ đơn vị xác nhận.");
    }

    @Test
    void shouldShowADistrictsHomeAffairsOfficeOnlyItsCommunes() {
        JsonNode section = section("huyen-832-phong-noi-vu-cv", ID);

        assertThat(rows(section)).extracting(row -> row.get(0)).containsOnly("UBND thị trấn Chợ Lách, huyện Chợ Lách",
            "UBND xã Phú Phụng, huyện Chợ Lách").hasSize(3);
    }

    @Test
    void shouldShowNothingToAUnitWithoutOpenObstacles() {
        JsonNode section = section("xa-28756-cv", ID);

        assertThat(section.get("labels")).isEmpty();
        assertThat(section.get("rows")).isEmpty();
        assertThat(section.get("note").asText()).startsWith("0 vướng mắc chưa được trả lời; 1 đã trả lời");
    }
}
