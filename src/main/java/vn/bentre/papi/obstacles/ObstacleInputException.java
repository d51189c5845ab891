package vn.bentre.papi.obstacles;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a form should not have let through, or a Java caller's invalid request. Thrown from a
 * delegate, it rolls back the whole step (nothing half-written); Tasklist and /engine-rest (400)
 * show the Vietnamese message.
 */
public class ObstacleInputException extends BadUserRequestException {

    ObstacleInputException(String message) {
        super(message);
    }
}
