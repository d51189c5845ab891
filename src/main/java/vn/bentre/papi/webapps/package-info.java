/**
 * What officials and supervisors meet in Camunda's own webapps: the Vietnamese locale and
 * branding of Tasklist, Cockpit, Admin and Welcome (static overrides under
 * {@code META-INF/resources/webjars/camunda/app/}), the shared Tasklist filters of the plan,
 * and the key figures that the Cockpit dashboard plugin shows ({@code GET /api/webapps/key-figures}).
 */
package vn.bentre.papi.webapps;
