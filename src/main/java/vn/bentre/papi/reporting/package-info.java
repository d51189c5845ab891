/**
 * Periodic reports on the plan (plan section III.1–2): a reporting cycle per period
 * ({@code papi-reporting-cycle}), opened at the period's cut-off or by Sở Nội vụ; each unit's report
 * as its own {@code papi-unit-report} instance; each district's consolidation of its communes
 * ({@code papi-district-report}); Sở Nội vụ's provincial consolidation and UBND tỉnh's directions.
 * Outcomes live in the {@code rpt_*} tables and are served by {@code /api/reporting/cycles}.
 * Obstacles reported with a report leave this feature as {@link vn.bentre.papi.reporting.ObstaclesReported}.
 */
package vn.bentre.papi.reporting;
