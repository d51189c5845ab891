/**
 * The yearly PAPI assessment (plan 4129/KH-UBND I.1 and II): Sở Nội vụ enters the province's
 * published results, the DMN decision {@code papi-dimension-target} says which dimensions miss the
 * target ("high-average" or better), the DMN decision {@code papi-dimension-lead-units} names the
 * units that lead each dimension's measures, they propose corrective measures, Sở Nội vụ
 * consolidates them and UBND tỉnh approves, after which they join the measure catalogue.
 * Carried by {@code papi-annual-assessment}.
 * <p>
 * Public: {@link vn.bentre.papi.assessment.AssessmentResults} (results per year, also at
 * {@code GET /api/assessment/results}) and {@link vn.bentre.papi.assessment.PapiGroup}. Tables
 * {@code asm_*} are internal (docs/assessment.md).
 */
package vn.bentre.papi.assessment;
