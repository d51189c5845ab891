package vn.bentre.papi.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test classes share one in-memory database: what an assessment test wrote (results of the years it
 * entered, corrective measures it added to the catalogue) is removed, the plan's 2013/2014 seed kept.
 */
final class AssessmentTestData {

    private AssessmentTestData() {
    }

    static void deleteAssessedYears(JdbcClient jdbc) {
        jdbc.sql("delete from asm_dimension_result where papi_year > 2014").update();
        jdbc.sql("delete from asm_year_result where papi_year > 2014").update();
        jdbc.sql("delete from asm_corrective_proposal").update();
        jdbc.sql("delete from asm_corrective_measure").update();
        jdbc.sql("delete from asm_approval_round").update();
        jdbc.sql("delete from asm_assessment").update();
        jdbc.sql("delete from pln_measure where source = 'CORRECTIVE'").update();
    }
}
