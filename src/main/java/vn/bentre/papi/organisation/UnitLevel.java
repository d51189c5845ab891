package vn.bentre.papi.organisation;

/** Where a unit stands in the province's administration. */
public enum UnitLevel {
    PROVINCE, DEPARTMENT, DISTRICT, DISTRICT_OFFICE, COMMUNE
}
