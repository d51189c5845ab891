package vn.bentre.papi.obstacles;

import vn.bentre.papi.platform.RejectedInputException;

/**
 * Input for an obstacle case, from a form or a Java caller, refused with a message in Vietnamese
 * (see {@link RejectedInputException}).
 */
public class ObstacleInputException extends RejectedInputException {

    ObstacleInputException(String message) {
        super(message);
    }
}
