/**
 * The province's organisation: units and their hierarchy (province, departments, districts
 * with their Home Affairs offices, communes), who reviews whom, and its synchronisation into
 * Camunda users, groups and authorizations. Other features ask {@link vn.bentre.papi.organisation.Organisation}.
 */
package vn.bentre.papi.organisation;
