package vn.bentre.papi.planning;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a form should not have let through. Thrown from a delegate, it rolls back the task's
 * completion (nothing half-written), and Tasklist and /engine-rest (status 500, message in the body: the REST API answers so for any delegate failure) show the message.
 */
class PlanInputException extends BadUserRequestException {

    PlanInputException(String message) {
        super(message);
    }
}
