package vn.bentre.papi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Section 4, {@code reporting-cycles}: reports per cycle on time, late, missing, not due. Rows are
 * written as the reporting feature writes them (docs/reporting.md, V5__reporting.sql).
 */
class ReportingSectionTests extends DashboardTestSupport {

    static final String ID = ReportingSection.ID;
    static final LocalDateTime COMMUNE_DUE = LocalDateTime.of(2016, 3, 17, 17, 0);

    /**
     * Five cycles (only the last four are shown). Q1/2016, on 22/03/2016: three communes of
     * huyện Chợ Lách (on time and accepted, late, missing), Sở Y tế not due yet (21/03 → 25/03 here),
     * a commune of thành phố Bến Tre on time.
     */
    @BeforeEach
    void cycles() {
        OutcomeRows rows = new OutcomeRows(jdbc);
        rows.cycle("2015-Q1", LocalDateTime.of(2015, 3, 15, 7, 0));
        rows.cycle("2015-H1", LocalDateTime.of(2015, 6, 15, 7, 0));
        rows.cycle("2015-Q3", LocalDateTime.of(2015, 9, 15, 7, 0));
        rows.cycle("2015-YEAR", LocalDateTime.of(2015, 12, 15, 7, 0));
        rows.cycle("2016-Q1", LocalDateTime.of(2016, 3, 15, 7, 0));
        rows.report("2015-Q1", "xa-28870", "ACCEPTED", COMMUNE_DUE.minusYears(1), COMMUNE_DUE.minusYears(1).minusDays(1), true);
        rows.report("2015-H1", "xa-28870", "ACCEPTED", LocalDateTime.of(2015, 6, 17, 17, 0), LocalDateTime.of(2015, 6, 20, 9, 0), false);
        rows.report("2016-Q1", "xa-28870", "ACCEPTED", COMMUNE_DUE, COMMUNE_DUE.minusHours(3), true);
        rows.report("2016-Q1", "xa-28873", "SUBMITTED", COMMUNE_DUE, COMMUNE_DUE.plusDays(2), false);
        rows.report("2016-Q1", "xa-28876", "PENDING", COMMUNE_DUE, null, null);
        rows.report("2016-Q1", "so-y-te", "DRAFTING", LocalDateTime.of(2016, 3, 25, 17, 0), null, null);
        rows.report("2016-Q1", "xa-28756", "IN_REVIEW", COMMUNE_DUE, COMMUNE_DUE.minusDays(1), true);
        clockAt(LocalDate.of(2016, 3, 22), LocalTime.of(10, 0));
    }

    @Test
    void shouldCountTheLastFourCyclesByTimeliness() {
        JsonNode section = section("so-noi-vu-cv", ID);

        assertThat(section.get("kind").asText()).isEqualTo("stackedBar");
        assertThat(texts(section.get("labels"))).containsExactly("6 tháng năm 2015", "9 tháng năm 2015", "Năm 2015", "Quý I năm 2016");
        assertThat(series(section, "Đúng hạn")).containsExactly(0.0, 0.0, 0.0, 2.0);
        assertThat(series(section, "Trễ hạn")).containsExactly(1.0, 0.0, 0.0, 1.0);
        assertThat(series(section, "Chưa gửi, đã quá hạn")).containsExactly(0.0, 0.0, 0.0, 1.0);
        assertThat(series(section, "Chưa đến hạn")).containsExactly(0.0, 0.0, 0.0, 1.0);
        assertThat(rows(section).get(3)).containsExactly("Quý I năm 2016", "5", "2", "1", "1", "1", "1");
    }

    @Test
    void shouldShowADistrictsHomeAffairsOfficeOnlyItsCommunes() {
        JsonNode section = section("huyen-832-phong-noi-vu-cv", ID);

        assertThat(rows(section).get(3)).containsExactly("Quý I năm 2016", "3", "1", "1", "1", "0", "1");
    }

    @Test
    void shouldShowACommuneOnlyItsOwnReports() {
        JsonNode section = section("xa-28876-cv", ID);

        assertThat(series(section, "Chưa gửi, đã quá hạn")).containsExactly(0.0, 0.0, 0.0, 1.0);
        assertThat(rows(section).get(3)).containsExactly("Quý I năm 2016", "1", "0", "0", "1", "0", "0");
    }

    @Test
    void shouldSayWhenNoCycleWasOpened() {
        jdbc.sql("delete from rpt_unit_report").update();
        jdbc.sql("delete from rpt_cycle").update();

        JsonNode section = section("so-noi-vu-cv", ID);

        assertThat(section.get("labels")).isEmpty();
        assertThat(section.get("note").asText()).isEqualTo("Chưa mở kỳ báo cáo nào.");
    }
}
