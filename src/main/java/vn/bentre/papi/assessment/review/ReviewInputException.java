package vn.bentre.papi.assessment.review;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a form should not have let through. Thrown from a delegate, it rolls back the task's
 * completion (nothing half-written), and Tasklist and /engine-rest (400) show the message.
 */
class ReviewInputException extends BadUserRequestException {

    ReviewInputException(String message) {
        super(message);
    }
}
