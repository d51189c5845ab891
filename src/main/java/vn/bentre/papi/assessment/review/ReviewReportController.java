package vn.bentre.papi.assessment.review;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/reviews/{id}/report.docx}: the review report as a Word document (id: the review's
 * {@code reviewId}, the process instance id of its papi-review), as it stands: the draft while Sở Nội
 * vụ writes it, the approved report with its number and date after UBND tỉnh approves it. 401 without
 * a login, 403 for users {@link ReviewAccess} does not let read reports, 404 for an unknown review.
 */
@RestController
@RequestMapping("/api/reviews")
class ReviewReportController {

    private final ReviewReports reports;
    private final ReviewAccess access;

    ReviewReportController(ReviewReports reports, ReviewAccess access) {
        this.reports = reports;
        this.access = access;
    }

    @GetMapping("/{id}/report.docx")
    ResponseEntity<byte[]> report(@PathVariable String id) {
        if (!access.mayReadReports()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                "Chỉ Sở Nội vụ, UBND tỉnh và Sở Thông tin và Truyền thông được tải báo cáo sơ kết, tổng kết (forbidden)");
        }
        ReviewReportData data = reports.load(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "Không có đợt sơ kết, tổng kết '" + id + "' (unknown review)"));
        String fileName = "Bao-cao-" + (data.review().kind() == ReviewKind.FINAL ? "tong-ket" : "so-ket") + "-PAPI-"
            + data.review().periodFrom().getYear() + "-" + data.review().periodTo().getYear() + ".docx";
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(ReviewReportDocument.CONTENT_TYPE))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8)
                .build().toString())
            .body(ReviewReportDocument.write(data));
    }
}
