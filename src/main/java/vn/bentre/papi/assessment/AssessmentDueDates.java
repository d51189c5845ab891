package vn.bentre.papi.assessment;

import java.util.Date;

import org.springframework.stereotype.Component;

import vn.bentre.papi.calendar.DueDates;

/** Due dates of the assessment's steps: configured working days from now, at the end of the office day. */
@Component
class AssessmentDueDates {

    private final AssessmentProperties properties;
    private final DueDates dueDates;

    AssessmentDueDates(AssessmentProperties properties, DueDates dueDates) {
        this.properties = properties;
        this.dueDates = dueDates;
    }

    Date results() {
        return dueDates.workingDaysFromNow(properties.deadlines().results());
    }

    Date proposal() {
        return dueDates.workingDaysFromNow(properties.deadlines().proposal());
    }

    Date consolidation() {
        return dueDates.workingDaysFromNow(properties.deadlines().consolidation());
    }

    Date approval() {
        return dueDates.workingDaysFromNow(properties.deadlines().approval());
    }
}
