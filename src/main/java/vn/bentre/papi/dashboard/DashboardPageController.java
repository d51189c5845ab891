package vn.bentre.papi.dashboard;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /dashboard}: the page, for logged-in users only ({@link LoginRedirectFilter} sends others
 * to a page that explains how to log in). It holds no data: its script reads {@code /api/dashboard}.
 * Kept outside {@code static/} so that it is reachable only here; its script, style and the login
 * help page are plain static resources under {@code static/dashboard/}.
 */
@Controller
class DashboardPageController {

    static final String PATH = "/dashboard";
    private static final Resource PAGE = new ClassPathResource("dashboard/index.html");

    @GetMapping(PATH)
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
            .cacheControl(CacheControl.noStore()).body(PAGE);
    }

    @GetMapping(PATH + "/")
    String withSlash() {
        return "redirect:" + PATH;
    }
}
