package vn.bentre.papi.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the organisation is read from, as Spring resource locations: the shipped files by default,
 * or files outside the jar ({@code file:/etc/papi/admin-units.csv}) when the statistics office
 * publishes a new catalogue.
 */
@ConfigurationProperties("papi.organisation.data")
record OrganisationDataProperties(String departments, String adminUnits) {

    OrganisationDataProperties {
        departments = departments == null ? "classpath:organisation/departments.csv" : departments;
        adminUnits = adminUnits == null ? "classpath:organisation/admin-units.csv" : adminUnits;
    }
}
