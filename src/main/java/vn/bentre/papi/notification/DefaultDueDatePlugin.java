package vn.bentre.papi.notification;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every diagram a due date, so reminders work without each diagram
 * opting in. A parse listener rather than a listener in each diagram: an administrator editing a
 * diagram in Modeler cannot forget it, and diagrams already deployed get it when the engine
 * parses them again at start.
 */
@Component
class DefaultDueDatePlugin extends AbstractProcessEnginePlugin {

    private final DefaultDueDateListener listener;

    DefaultDueDatePlugin(DefaultDueDateListener listener) {
        this.listener = listener;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new UserTaskParseListener(listener));
    }
}
