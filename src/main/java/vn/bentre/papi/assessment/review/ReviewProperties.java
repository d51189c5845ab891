package vn.bentre.papi.assessment.review;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the preliminary and final reviews ({@code papi.review}, docs/review.md).
 *
 * @param ownerUnit                 the unit that runs reviews and drafts the report: Sở Nội vụ (plan III.2)
 * @param excludedUnits             units not asked for a self-assessment by default (the Fatherland Front is asked, not ordered)
 * @param selfAssessmentWorkingDays deadline of the self-assessments, in working days from the opening, when the
 *                                  start gives none (REST, scripts)
 * @param reportReaders             units besides the supervisor units that may download the report (Sở TT&amp;TT publishes it)
 * @param planReference             how the report cites the plan
 * @param recipients                the report's default "Nơi nhận:" lines, editable in the draft
 */
@ConfigurationProperties("papi.review")
record ReviewProperties(String ownerUnit, List<String> excludedUnits, Integer selfAssessmentWorkingDays,
        List<String> reportReaders, String planReference, List<String> recipients) {

    ReviewProperties {
        ownerUnit = ownerUnit == null || ownerUnit.isBlank() ? "so-noi-vu" : ownerUnit;
        excludedUnits = excludedUnits == null ? List.of("mttq-tinh") : List.copyOf(excludedUnits);
        selfAssessmentWorkingDays = selfAssessmentWorkingDays == null ? 10 : selfAssessmentWorkingDays;
        reportReaders = reportReaders == null ? List.of("so-thong-tin-truyen-thong") : List.copyOf(reportReaders);
        planReference = planReference == null || planReference.isBlank()
            ? "Kế hoạch số 4129/KH-UBND ngày 13/8/2015 của Ủy ban nhân dân tỉnh" : planReference;
        recipients = recipients == null || recipients.isEmpty() ? List.of(
            "Văn phòng Chính phủ (b/c)", "Bộ Nội vụ (b/c)", "TT.TU, TT.HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
            "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố", "Sở Thông tin và Truyền thông (đăng tải)", "Lưu: VT")
            : List.copyOf(recipients);
    }
}
