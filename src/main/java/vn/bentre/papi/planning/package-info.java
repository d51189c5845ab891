/**
 * Rolling out the plan: the measure catalogue of plan section II, and every unit's own
 * implementation plan (drafted, signed off by its head, reviewed), opened by
 * {@code papi-plan-rollout} and carried by one {@code papi-unit-plan} instance per unit.
 */
package vn.bentre.papi.planning;
