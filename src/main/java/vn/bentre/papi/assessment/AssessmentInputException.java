package vn.bentre.papi.assessment;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a form should not have let through. Thrown from a delegate or task listener, it rolls back
 * the task's completion (nothing half-written); Tasklist and /engine-rest (400) show the message.
 */
class AssessmentInputException extends BadUserRequestException {

    AssessmentInputException(String message) {
        super(message);
    }
}
