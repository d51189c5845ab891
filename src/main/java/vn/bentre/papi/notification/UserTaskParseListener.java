package vn.bentre.papi.notification;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds the default due date listener to each user task. Built-in, not custom: it then also runs
 * when an operator starts a task with "skip custom listeners", and before the diagram's own
 * create listeners, which therefore see the due date.
 */
class UserTaskParseListener extends AbstractBpmnParseListener {

    private final TaskListener listener;

    UserTaskParseListener(TaskListener listener) {
        this.listener = listener;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        UserTaskActivityBehavior behavior = (UserTaskActivityBehavior) activity.getActivityBehavior();
        behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
    }
}
