package vn.bentre.papi.dashboard;

/**
 * One section of the dashboard: a read model drawn by the page as a chart and/or a table.
 *
 * <p>Implement it as a Spring bean (any package) and it appears on {@code /dashboard} and in
 * {@code GET /api/dashboard}; order sections with {@link org.springframework.core.annotation.Order}
 * (the built-in ones use 10 … 60). {@link #load(Viewer)} must show only what the viewer may see:
 * filter by {@link Viewer#sees(String)}. An exception thrown by it is reported as this section's
 * error in Vietnamese; the other sections are not affected.
 */
public interface DashboardSection {

    /** Stable, ASCII, dash-separated: the path segment of {@code /api/dashboard/sections/{id}}. */
    String id();

    /** What users read above the section, in Vietnamese. */
    String title();

    /** The section's data within the viewer's scope. Runs with the viewer as the engine's current user. */
    SectionContent load(Viewer viewer);
}
