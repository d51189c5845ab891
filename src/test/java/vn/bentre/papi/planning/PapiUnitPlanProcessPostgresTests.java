package vn.bentre.papi.planning;

import vn.bentre.papi.support.PostgresTest;

/** Every path of {@code papi-unit-plan} again, on PostgreSQL as production runs it. */
@PostgresTest
class PapiUnitPlanProcessPostgresTests extends PapiUnitPlanProcessTests {
}
