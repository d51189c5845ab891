package vn.bentre.papi.obstacles;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

import vn.bentre.papi.platform.FormValues;

/** Reading form values, which arrive as strings from Tasklist and as typed values from REST and Java. */
final class ObstacleVariables {

    static final int MAX_TEXT = FormValues.MAX_TEXT;

    private ObstacleVariables() {
    }

    static String text(VariableScope scope, String name) {
        return FormValues.text(scope, name, ObstacleInputException::new);
    }

    static String requiredText(VariableScope scope, String name, String label) {
        return FormValues.requiredText(scope, name, label, ObstacleInputException::new);
    }

    static Urgency urgency(VariableScope scope) {
        String value = text(scope, "urgency");
        if (value == null) {
            return Urgency.NORMAL;
        }
        try {
            return Urgency.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ObstacleInputException("Mức độ khẩn '" + value + "' không hợp lệ; dùng NORMAL (bình thường) hoặc URGENT (khẩn)");
        }
    }

    static int integer(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Number n ? n.intValue() : 0;
    }
}
