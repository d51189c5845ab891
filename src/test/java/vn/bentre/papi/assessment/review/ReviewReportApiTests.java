package vn.bentre.papi.assessment.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.bentre.papi.support.Cleanup;
import vn.bentre.papi.support.Jobs;

/**
 * {@code GET /api/reviews/{id}/report.docx} over HTTP, as Tasklist's link and a script use it: the
 * downloaded bytes are opened with a real .docx reader (Apache POI) and read back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewReportApiTests {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    ReviewDriver reviews;
    ReviewFixtures fixtures;
    ProcessInstance review;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(PapiReviewProcessTests.at(LocalDate.of(2020, 1, 6), 9));
        reviews = new ReviewDriver(engine);
        fixtures = new ReviewFixtures(jdbc);
        fixtures.insert();
        review = reviews.start(PapiReviewProcessTests.UNITS, PapiReviewProcessTests.DEADLINE);
        reviews.send(review, ReviewFixtures.DEPARTMENT);
        // Thành phố Bến Tre never answers: the review goes ahead without it at the deadline.
        ClockUtil.setCurrentTime(PapiReviewProcessTests.at(PapiReviewProcessTests.DEADLINE, 18));
        Jobs.runAll(engine.getManagementService());
        reviews.draft(review);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Cleanup.deleteInstances(engine, ReviewDriver.PROCESS, ReviewDriver.SELF_ASSESSMENT);
        fixtures.delete();
    }

    private HttpResponse<byte[]> download(String user, String id) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reviews/" + id + "/report.docx"));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static XWPFDocument open(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        // server.servlet.encoding.force adds a charset to every response; Word ignores it.
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
            assertThat(type).startsWith(ReviewReportDocument.CONTENT_TYPE));
        return new XWPFDocument(new ByteArrayInputStream(response.body()));
    }

    private static String text(XWPFDocument document) throws IOException {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).map(String::trim).toList();
    }

    @Test
    void shouldDownloadTheApprovedReportInTheAdministrativeFormat() throws IOException {
        ClockUtil.setCurrentTime(PapiReviewProcessTests.at(LocalDate.of(2020, 2, 5), 10));
        reviews.approve(review);

        HttpResponse<byte[]> response = download("so-noi-vu-cv", review.getId());
        // Kept for a look in Word or LibreOffice: target/review-report.docx.
        Files.write(Path.of("target", "review-report.docx"), response.body());
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
            assertThat(value).startsWith("attachment").contains("Bao-cao-so-ket-PAPI-2018-2019.docx"));
        try (XWPFDocument document = open(response)) {
            String text = text(document);
            assertThat(text).doesNotContain("DỰ THẢO")
                .contains("ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE", "Số: 125/BC-UBND")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
                .contains("Bến Tre, ngày 05 tháng 02 năm 2020")
                .contains("BÁO CÁO", "Sơ kết thực hiện Kế hoạch nâng cao Chỉ số PAPI năm 2019")
                .contains("I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN", "II. KẾT QUẢ THỰC HIỆN", "III. HẠN CHẾ, NGUYÊN NHÂN",
                    "IV. PHƯƠNG HƯỚNG, GIẢI PHÁP TRONG THỜI GIAN TỚI")
                .contains("1.1. Tham gia của người dân ở cấp cơ sở", "1.8. Quản trị điện tử")
                .contains("Đơn vị chưa gửi báo cáo tự đánh giá đến hạn 17/01/2020 17:00: UBND thành phố Bến Tre.")
                .contains("Nơi nhận:", "- Bộ Nội vụ (b/c);", "- Lưu: VT.")
                .contains("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hiếu")
                .contains("Trên đây là báo cáo sơ kết thực hiện Kế hoạch nâng cao Chỉ số PAPI từ 15/12/2018 đến 31/12/2019")
                .contains("PHỤ LỤC", "Tự đánh giá của các đơn vị", "(Kèm theo Báo cáo số 125/BC-UBND của Ủy ban nhân dân tỉnh Bến Tre)",
                    "1. Sở Tư pháp", "- Đánh giá chung: Đã triển khai đầy đủ các giải pháp của Kế hoạch",
                    "- Đề xuất, kiến nghị: Đề nghị tập huấn về Chỉ số PAPI");

            List<XWPFTable> tables = document.getTables();
            // Header, one table per dimension (eight in 2019), the units' reporting, the signature block.
            assertThat(tables).hasSize(11);
            List<String> header = cells(tables.get(0).getRow(0));
            assertThat(header.get(0)).contains("ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE", "Số: 125/BC-UBND");
            assertThat(header.get(1)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Bến Tre, ngày 05 tháng 02 năm 2020");
            XWPFTable participation = tables.get(1);
            assertThat(cells(participation.getRow(0))).containsExactly("STT", "Đơn vị", "Đã hoàn thành", "Đang thực hiện",
                "Chưa thực hiện", "Tổng số giải pháp");
            assertThat(cells(participation.getRow(1))).containsExactly("1", "Sở Tư pháp", "1", "0", "0", "1");
            assertThat(cells(participation.getRow(2))).containsExactly("", "Tổng cộng", "1", "0", "0", "1");
            assertThat(cells(tables.get(3).getRow(1))).containsExactly("1", "Sở Tư pháp", "0", "0", "1", "1");
            XWPFTable reporting = tables.get(9);
            assertThat(reporting.getRows().stream().map(ReviewReportApiTests::cells).map(c -> String.join("|", c))
                .collect(Collectors.toList()))
                .containsExactly("STT|Đơn vị|Báo cáo tự đánh giá|Báo cáo định kỳ đúng hạn|Trễ hạn|Chưa gửi",
                    "1|Sở Tư pháp|Đã gửi ngày 06/01/2020|1|1|0", "2|UBND thành phố Bến Tre|Chưa gửi|–|–|–");
            assertThat(tables.get(10).getText()).contains("Nơi nhận:").contains("KT. CHỦ TỊCH");
        }
    }

    @Test
    void shouldMarkTheDraftAndLeaveItsNumberAndDayBlank() throws IOException {
        try (XWPFDocument document = open(download("so-thong-tin-truyen-thong-cv", review.getId()))) {
            assertThat(text(document)).startsWith("DỰ THẢO").containsPattern("Số: +/BC-UBND")
                .contains("Bến Tre, ngày      tháng      năm 2020").contains("TM. ỦY BAN NHÂN DÂN").contains("CHỦ TỊCH");
        }
    }

    @Nested
    class Access {

        @Test
        void shouldLetSupervisorsAndTheInformationDepartmentDownload() {
            assertThat(download("ubnd-tinh-ld", review.getId()).statusCode()).isEqualTo(200);
            assertThat(download("so-noi-vu-ld", review.getId()).statusCode()).isEqualTo(200);
            assertThat(download("so-thong-tin-truyen-thong-ld", review.getId()).statusCode()).isEqualTo(200);
        }

        @Test
        void shouldAskForALoginWithout() {
            assertThat(download(null, review.getId()).statusCode()).isEqualTo(401);
        }

        @Test
        void shouldForbidOtherUnits() {
            assertThat(download("xa-28756-cv", review.getId()).statusCode()).isEqualTo(403);
            assertThat(download("so-tu-phap-ld", review.getId()).statusCode()).isEqualTo(403);
        }

        @Test
        void shouldNotFindAnUnknownReview() {
            HttpResponse<byte[]> response = download("so-noi-vu-cv", "no-such-review");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("no-such-review");
        }
    }
}
