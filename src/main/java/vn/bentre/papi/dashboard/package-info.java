/**
 * The plan dashboard ({@code /dashboard}, {@code GET /api/dashboard}): Sở Nội vụ, UBND tỉnh, district
 * Home Affairs offices and units follow the plan on charts and tables, each within its own scope.
 *
 * <p>Each section is a small read model behind {@link vn.bentre.papi.dashboard.DashboardSection}:
 * a Spring bean with an id, a title and {@code load(Viewer)} returning a
 * {@link vn.bentre.papi.dashboard.SectionContent} (chart kind, labels, series, table rows, links).
 * The page draws any section from that generic shape, so a new section is one new bean and no
 * page code (docs/dashboard.md). A section that fails is reported on its own; the others still load.
 */
package vn.bentre.papi.dashboard;
