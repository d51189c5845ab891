package vn.bentre.papi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.bentre.papi.support.WebappClient;

/** {@code GET /api/dashboard}, {@code /api/dashboard/sections[/{id}]}, the page {@code /dashboard} and its assets. */
class DashboardApiTests extends DashboardTestSupport {

    static final String CHART_JS = "/webjars/chart.js/dist/chart.umd.js";

    @Autowired DataSource dataSource;

    @Test
    void shouldListTheSectionsInOrderWithTheViewer() {
        JsonNode index = get("so-noi-vu-cv", "/api/dashboard/sections");

        assertThat(index.get("title").asText()).isEqualTo("Bảng theo dõi Kế hoạch PAPI tỉnh Bến Tre");
        assertThat(index.get("sections")).extracting(s -> s.get("id").asText()).containsExactly(
            "rollout-progress", "overdue-tasks", "reminders", "reporting-cycles", "open-obstacles", "papi-scores",
            TestSections.EXTRA, TestSections.FAILING);
        assertThat(index.get("sections").get(0).get("title").asText()).isEqualTo("Tiến độ xây dựng kế hoạch thực hiện của các đơn vị");
        assertThat(index.get("sections").get(0).has("kind")).as("the index does not load sections").isFalse();
        assertThat(index.get("links")).extracting(l -> l.get("label").asText()).containsExactly("Tasklist", "Cockpit");
    }

    @Test
    void shouldLoadEverySectionAndReportTheFailingOneWithoutBreakingTheOthers() {
        JsonNode all = get("so-noi-vu-cv", "/api/dashboard");

        JsonNode sections = all.get("sections");
        assertThat(sections).hasSize(8);
        for (int i = 0; i < 7; i++) {
            assertThat(sections.get(i).has("error")).as(sections.get(i).get("id").asText()).isFalse();
            assertThat(sections.get(i).has("kind")).isTrue();
        }
        JsonNode failed = sections.get(7);
        assertThat(failed.get("id").asText()).isEqualTo(TestSections.FAILING);
        assertThat(failed.get("title").asText()).isEqualTo(TestSections.FAILING_TITLE);
        assertThat(failed.get("error").asText()).startsWith("Không tải được số liệu của mục này (mã lỗi ")
            .doesNotContain("rpt_unit_report");
        assertThat(failed.has("kind")).isFalse();
    }

    /** A section that kept a result set open (a JdbcClient stream) would exhaust the pool after a few page views. */
    @Test
    void shouldGiveEveryConnectionBackToThePool() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            get("so-noi-vu-cv", "/api/dashboard");
            get("huyen-832-phong-noi-vu-cv", "/api/dashboard");
        }

        HikariPoolMXBean pool = ((HikariDataSource) dataSource).getHikariPoolMXBean();
        for (int wait = 0; wait < 20 && pool.getActiveConnections() > 0; wait++) {
            Thread.sleep(100);
        }
        assertThat(pool.getActiveConnections()).isZero();
    }

    @Test
    void shouldAnswerAFailingSectionAloneWithAProblemDetail() throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("so-noi-vu-cv", "demo")
            .getForEntity("/api/dashboard/sections/" + TestSections.FAILING, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("detail").asText()).startsWith("Không tải được số liệu của mục này");
        assertThat(problem.get("section").asText()).isEqualTo(TestSections.FAILING);
    }

    @Test
    void shouldServeASectionAddedByAnotherBeanInTheGenericShape() {
        JsonNode extra = section("xa-28756-cv", TestSections.EXTRA);

        assertThat(extra.get("kind").asText()).isEqualTo("line");
        assertThat(texts(extra.get("labels"))).containsExactly("2015", "2016", "2017");
        assertThat(series(extra, "Mục tiêu")).containsExactly(6.0, 6.0, 6.0);
        assertThat(extra.get("rows").get(0).get(2).get("href").asText()).isEqualTo("#2015");
        assertThat(extra.get("note").asText()).isEqualTo("Phạm vi: UBND phường Phú Khương, thành phố Bến Tre");
    }

    @Test
    void shouldAnswerAnUnknownSectionWith404() {
        ResponseEntity<String> response = http.withBasicAuth("so-noi-vu-cv", "demo")
            .getForEntity("/api/dashboard/sections/khong-co", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).contains("Bảng theo dõi không có mục 'khong-co'");
    }

    @Nested
    class Viewers {

        private JsonNode viewer(String user) {
            return get(user, "/api/dashboard/sections").get("viewer");
        }

        @Test
        void shouldGiveSupervisorsAndAdministratorsTheWholeProvince() {
            for (String user : new String[] {"so-noi-vu-cv", "so-noi-vu-ld", "ubnd-tinh-ld", "admin"}) {
                JsonNode viewer = viewer(user);
                assertThat(viewer.get("scope").asText()).as(user).isEqualTo("PROVINCE");
                assertThat(viewer.get("scopeLabel").asText()).isEqualTo("Toàn tỉnh");
                assertThat(viewer.get("cockpit").asBoolean()).as(user).isTrue();
            }
        }

        @Test
        void shouldGiveADistrictsHomeAffairsOfficeAndLeadersTheirDistrict() {
            for (String user : new String[] {"huyen-832-phong-noi-vu-cv", "huyen-832-phong-noi-vu-ld", "huyen-832-ld"}) {
                JsonNode viewer = viewer(user);
                assertThat(viewer.get("scope").asText()).as(user).isEqualTo("DISTRICT");
                assertThat(viewer.get("scopeLabel").asText()).isEqualTo("Địa bàn huyện Chợ Lách");
                assertThat(viewer.get("cockpit").asBoolean()).isFalse();
            }
        }

        @Test
        void shouldGiveOtherOfficialsTheirOwnUnit() {
            assertThat(viewer("huyen-832-cv").get("scope").asText()).isEqualTo("UNIT");
            assertThat(viewer("huyen-832-cv").get("scopeLabel").asText()).isEqualTo("UBND huyện Chợ Lách");
            assertThat(viewer("xa-28756-cv").get("scopeLabel").asText()).isEqualTo("UBND phường Phú Khương, thành phố Bến Tre");
            assertThat(viewer("so-y-te-ld").get("scope").asText()).isEqualTo("UNIT");
            assertThat(get("xa-28756-cv", "/api/dashboard/sections").get("links"))
                .extracting(l -> l.get("label").asText()).containsExactly("Tasklist");
        }
    }

    @Nested
    class Page {

        @Test
        void shouldServeThePageWithTheChartLibraryFromTheApplication() {
            ResponseEntity<String> page = http.withBasicAuth("so-noi-vu-cv", "demo").getForEntity("/dashboard", String.class);

            assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
            assertThat(page.getBody()).contains("<title>Bảng theo dõi Kế hoạch PAPI tỉnh Bến Tre</title>",
                "src=\"" + CHART_JS.substring(1) + "\"", "src=\"dashboard/dashboard.js\"").doesNotContain("http://", "https://");

            ResponseEntity<String> chartJs = http.getForEntity(CHART_JS, String.class);
            assertThat(chartJs.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(chartJs.getBody()).contains("Chart.js v4.");
            assertThat(http.getForEntity("/dashboard/dashboard.js", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(http.getForEntity("/dashboard/dashboard.css", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        }

        @Test
        void shouldServeThePageToAUserLoggedIntoTasklist() {
            WebappClient browser = new WebappClient(port);
            assertThat(browser.login("tasklist", "huyen-832-phong-noi-vu-cv", "demo")).isEqualTo(200);

            HttpResponse<String> page = browser.get("/dashboard");
            HttpResponse<String> index = browser.get("/api/dashboard/sections");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Bảng theo dõi Kế hoạch PAPI tỉnh Bến Tre");
            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.body()).contains("\"userId\":\"huyen-832-phong-noi-vu-cv\"");
        }

        @Test
        void shouldSendABrowserThatIsNotLoggedInToALoginHelpPage() throws Exception {
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dashboard")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(HttpStatus.FOUND.value());
            String location = page.headers().firstValue(HttpHeaders.LOCATION).orElseThrow();
            assertThat(URI.create(location).getPath()).isEqualTo("/dashboard/dang-nhap.html");
            ResponseEntity<String> help = http.getForEntity(URI.create(location).getPath(), String.class);
            assertThat(help.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(help.getBody()).contains("Đăng nhập Cockpit trước", "../camunda/app/cockpit/default/",
                "../camunda/app/tasklist/default/");
        }

        /**
         * A user nobody else logs in as here: after a wrong password Camunda delays that user's next logins
         * by the engine clock, which other tests move back in time.
         */
        @Test
        void shouldRefuseWrongCredentials() {
            assertThat(http.withBasicAuth("so-tu-phap-ld", "sai").getForEntity("/dashboard", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Nested
    class WithoutCredentials {

        @Test
        void shouldAnswer401() {
            for (String path : new String[] {"/api/dashboard", "/api/dashboard/sections", "/api/dashboard/sections/rollout-progress"}) {
                ResponseEntity<String> response = http.getForEntity(path, String.class);
                assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
                assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
            }
        }
    }
}
