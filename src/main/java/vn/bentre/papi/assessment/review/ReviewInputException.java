package vn.bentre.papi.assessment.review;

import vn.bentre.papi.platform.RejectedInputException;

/**
 * Input for a review or a self-assessment, refused with a message in Vietnamese
 * (see {@link RejectedInputException}).
 */
class ReviewInputException extends RejectedInputException {

    ReviewInputException(String message) {
        super(message);
    }
}
