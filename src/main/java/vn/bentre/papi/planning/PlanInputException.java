package vn.bentre.papi.planning;

import vn.bentre.papi.platform.RejectedInputException;

/**
 * Input for a unit plan or the rollout, refused with a message in Vietnamese
 * (see {@link RejectedInputException}).
 */
class PlanInputException extends RejectedInputException {

    PlanInputException(String message) {
        super(message);
    }
}
