package vn.bentre.papi.reporting;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a form should not have let through, or a request the rules refuse (a period opened twice).
 * Thrown from a delegate, it rolls back the whole step (nothing half-written), and Tasklist and
 * /engine-rest (400) show the Vietnamese message.
 */
class ReportInputException extends BadUserRequestException {

    ReportInputException(String message) {
        super(message);
    }
}
