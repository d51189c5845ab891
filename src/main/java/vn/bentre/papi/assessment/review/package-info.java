/**
 * Preliminary and final reviews of the plan (sơ kết, tổng kết; plan 4129/KH-UBND III.2, III.4):
 * Sở Nội vụ opens a review for a time span ({@code papi-review}); every department and district
 * sends a self-assessment pre-filled from its own reports and approved plan
 * ({@code papi-review-self-assessment}, one process instance per unit); at the deadline the review
 * goes ahead without the units that never answered; Sở Nội vụ drafts the review report, UBND tỉnh
 * approves or returns it, Sở TT&amp;TT publishes it. The report is a Word document in the
 * administrative format of Decree 30/2020/NĐ-CP: {@code GET /api/reviews/{id}/report.docx}.
 */
package vn.bentre.papi.assessment.review;
