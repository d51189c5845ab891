package vn.bentre.papi.assessment;

import vn.bentre.papi.platform.RejectedInputException;

/**
 * Input for the annual assessment, refused with a message in Vietnamese
 * (see {@link RejectedInputException}).
 */
class AssessmentInputException extends RejectedInputException {

    AssessmentInputException(String message) {
        super(message);
    }
}
