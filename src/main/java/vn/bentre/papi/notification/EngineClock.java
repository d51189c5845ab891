package vn.bentre.papi.notification;

import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Now" for the whole feature is the engine's clock, so that due dates the engine computes, the
 * sweep's idea of today and the dispatcher's back-off all move together (and tests move them
 * with {@code ClockUtil.setCurrentTime}).
 */
@Component
class EngineClock {

    Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
