package vn.bentre.papi.assessment.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The draft's pre-filled sections stay within one Camunda String variable even when thirty units
 * write at length: the units' words are quoted while they fit, the rest is referred to the appendix.
 */
class ReviewDraftTextTests {

    private static final ReviewProperties DEFAULTS = new ReviewProperties(null, null, null, null, null, null);

    @Test
    void shouldKeepEverySectionWithinOneStringVariableAndReferTheRestToTheAppendix() {
        String longText = "Đơn vị đã triển khai đầy đủ các giải pháp. ".repeat(20);
        List<ReviewReportData.UnitRow> units = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            units.add(new ReviewReportData.UnitRow("unit-" + i, "Đơn vị số " + i, new SelfAssessment("r", "unit-" + i, null,
                SelfAssessment.SIGNED, 1, new Date(), new Date(), null, 1, 0, 0, longText, longText, longText, null)));
        }
        ReviewDraftText text = new ReviewDraftText(new ReviewReportData(review(), units, List.of()), DEFAULTS);

        for (String section : List.of(text.overview(), text.results(), text.limitations(), text.solutions(), text.recipients())) {
            assertThat(section.length()).isLessThanOrEqualTo(ReviewVariables.MAX_TEXT);
        }
        assertThat(text.results()).contains("- Đơn vị số 1: Đơn vị đã triển khai").contains("đơn vị khác: xem Phụ lục của báo cáo.");
        assertThat(text.limitations()).contains("xem Phụ lục");
    }

    @Test
    void shouldQuoteEveryUnitWhenTheyFit() {
        List<ReviewReportData.UnitRow> units = List.of(new ReviewReportData.UnitRow("so-tu-phap", "Sở Tư pháp",
            new SelfAssessment("r", "so-tu-phap", null, SelfAssessment.SIGNED, 1, new Date(), new Date(), null, 2, 1, 0,
                "Hoàn thành", null, "Tập huấn", null)),
            new ReviewReportData.UnitRow("huyen-829", "UBND thành phố Bến Tre", new SelfAssessment("r", "huyen-829", null,
                SelfAssessment.MISSING, 1, null, null, null, null, null, null, null, null, null, null)));
        ReviewDraftText text = new ReviewDraftText(new ReviewReportData(review(), units, List.of()), DEFAULTS);

        assertThat(text.overview()).contains("1/2 đơn vị đã gửi").endsWith("Chưa gửi báo cáo: UBND thành phố Bến Tre.");
        assertThat(text.results()).contains("2 báo cáo đúng hạn, 1 báo cáo trễ hạn").contains("- Sở Tư pháp: Hoàn thành")
            .doesNotContain("Phụ lục");
        assertThat(text.limitations()).isEqualTo("- 1 đơn vị chưa gửi báo cáo tự đánh giá đúng hạn: UBND thành phố Bến Tre.");
        assertThat(text.solutions()).endsWith("- Sở Tư pháp đề xuất: Tập huấn");
        assertThat(text.recipients()).startsWith("- Văn phòng Chính phủ (b/c);\n").endsWith("- Lưu: VT.");
    }

    private static Review review() {
        return new Review("r", ReviewKind.FINAL, "Tổng kết", LocalDate.of(2015, 8, 13), LocalDate.of(2020, 12, 31), null,
            new Date(), new Date(), Review.DRAFTING, null, null, 1, null, null, null, null, null, null, null, null, null, null,
            null, null);
    }
}
