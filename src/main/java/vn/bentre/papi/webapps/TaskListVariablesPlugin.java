package vn.bentre.papi.webapps;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Attaches {@link TaskListVariablesListener} to every user task of every diagram, so that what
 * Tasklist shows under a task needs nothing from the people who draw the diagrams. Built-in
 * listeners, so that Cockpit's "skip custom listeners" does not skip them.
 */
@Component
class TaskListVariablesPlugin extends AbstractProcessEnginePlugin {

    private final TaskListVariablesListener listener;

    TaskListVariablesPlugin(TaskListVariablesListener listener) {
        this.listener = listener;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
            ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, listener);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
