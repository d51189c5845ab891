/**
 * What officials and supervisors meet in Camunda's own webapps:
 * <ul>
 * <li>the Vietnamese locale, dates and branding of Tasklist, Cockpit, Admin and Welcome: static
 *     overrides under {@code src/main/resources/META-INF/resources/webjars/camunda/app/} (per app
 *     {@code scripts/config.js} and {@code locales/vi.json}; shared logo, stylesheet and language
 *     switch in {@code app/papi/});</li>
 * <li>the plan's shared Tasklist filters ({@link vn.bentre.papi.webapps.PlanTaskFilters}), installed at
 *     start, and the task-local variables {@code unitName} and {@code dueDateLabel} that the filters
 *     show under each task;</li>
 * <li>the key figures that the Cockpit dashboard plugin shows, {@code GET /api/webapps/key-figures}.</li>
 * </ul>
 */
package vn.bentre.papi.webapps;
