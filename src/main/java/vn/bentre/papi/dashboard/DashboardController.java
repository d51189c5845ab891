package vn.bentre.papi.dashboard;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dashboard} (every section, loaded), {@code GET /api/dashboard/sections} (ids and
 * titles: the page loads each section on its own) and {@code GET /api/dashboard/sections/{id}}.
 * Any authenticated user; each section shows only the viewer's scope.
 */
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

    private final Dashboard dashboard;
    private final ViewerResolver viewers;

    DashboardController(Dashboard dashboard, ViewerResolver viewers) {
        this.dashboard = dashboard;
        this.viewers = viewers;
    }

    @GetMapping
    DashboardView all() {
        return dashboard.all(viewers.current());
    }

    @GetMapping("/sections")
    DashboardView index() {
        return dashboard.index(viewers.current());
    }

    /** 200 with the section, or 500 with a problem detail whose {@code detail} is the Vietnamese message. */
    @GetMapping("/sections/{id}")
    ResponseEntity<Object> section(@PathVariable String id) {
        DashboardSection section = dashboard.section(id).orElseThrow(() -> new UnknownSectionException(id));
        SectionView view = dashboard.load(section, viewers.current());
        if (view.error() != null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, view.error());
            problem.setTitle("Không tải được mục “" + section.title() + "”");
            problem.setProperty("section", section.id());
            return ResponseEntity.internalServerError().body(problem);
        }
        return ResponseEntity.ok(view);
    }

    @ExceptionHandler
    ProblemDetail unknownSection(UnknownSectionException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    static class UnknownSectionException extends RuntimeException {
        UnknownSectionException(String id) {
            super("Bảng theo dõi không có mục '" + id + "' (unknown dashboard section)");
        }
    }
}
