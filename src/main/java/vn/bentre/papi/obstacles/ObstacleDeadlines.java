package vn.bentre.papi.obstacles;

import java.util.Date;
import java.util.function.ToIntFunction;

import org.springframework.stereotype.Component;

import vn.bentre.papi.calendar.DueDates;

/** Due dates of a case's steps: configured working days from now, by urgency, at the end of the office day. */
@Component
class ObstacleDeadlines {

    private final ObstaclesProperties properties;
    private final DueDates dueDates;

    ObstacleDeadlines(ObstaclesProperties properties, DueDates dueDates) {
        this.properties = properties;
        this.dueDates = dueDates;
    }

    Date triage(Urgency urgency) {
        return due(urgency, ObstaclesProperties.Deadlines::triage);
    }

    Date opinion(Urgency urgency) {
        return due(urgency, ObstaclesProperties.Deadlines::opinion);
    }

    Date answer(Urgency urgency) {
        return due(urgency, ObstaclesProperties.Deadlines::answer);
    }

    Date decision(Urgency urgency) {
        return due(urgency, ObstaclesProperties.Deadlines::decision);
    }

    Date acknowledge(Urgency urgency) {
        return due(urgency, ObstaclesProperties.Deadlines::acknowledge);
    }

    private Date due(Urgency urgency, ToIntFunction<ObstaclesProperties.Deadlines> days) {
        return dueDates.workingDaysFromNow(days.applyAsInt(properties.of(urgency)));
    }
}
