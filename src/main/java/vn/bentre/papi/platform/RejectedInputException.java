package vn.bentre.papi.platform;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input a form should not have let through, or a request the rules refuse (a period opened twice),
 * in the user's words. Thrown from a delegate or listener, it rolls back the whole step (nothing
 * half-written). To Camunda it is a form validation error, the one kind of refusal /engine-rest
 * answers with 400 and the message when a task is completed or a form submitted (Tasklist shows the
 * message); any other exception becomes a 500. Camunda's {@code /start} answers 500 for every
 * refusal, this one included. Each feature has its own subclass.
 */
public abstract class RejectedInputException extends FormFieldValidationException {

    protected RejectedInputException(String message) {
        super(null, message);
    }
}
