package vn.bentre.papi.webapps;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/webapps/key-figures}: the plan's key figures for the Cockpit dashboard plugin.
 * Later features add open obstacles and the current cycle's on-time share here.
 */
@RestController
class KeyFiguresController {

    static final String DASHBOARD_PATH = "/dashboard";

    private final KeyFigures keyFigures;

    KeyFiguresController(KeyFigures keyFigures) {
        this.keyFigures = keyFigures;
    }

    @GetMapping("/api/webapps/key-figures")
    KeyFiguresResponse keyFigures() {
        KeyFigures.Figures figures = keyFigures.current();
        return new KeyFiguresResponse(figures.openTasks(), figures.overdueTasks(), figures.dueSoonTasks(),
            figures.scope().name(), figures.scope().label, DASHBOARD_PATH);
    }

    /** @param dashboardPath the plan dashboard, relative to the application's context root */
    record KeyFiguresResponse(long openTasks, long overdueTasks, long dueSoonTasks, String scope, String scopeLabel,
            String dashboardPath) {
    }
}
