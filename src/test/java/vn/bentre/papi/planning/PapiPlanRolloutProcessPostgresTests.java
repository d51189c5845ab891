package vn.bentre.papi.planning;

import vn.bentre.papi.support.PostgresTest;

/** Every path of {@code papi-plan-rollout} again, on PostgreSQL as production runs it. */
@PostgresTest
class PapiPlanRolloutProcessPostgresTests extends PapiPlanRolloutProcessTests {
}
