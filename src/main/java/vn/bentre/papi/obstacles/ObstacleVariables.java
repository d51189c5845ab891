package vn.bentre.papi.obstacles;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Reading form values, which arrive as strings from Tasklist and as typed values from REST and Java. */
final class ObstacleVariables {

    static final int MAX_TEXT = 4000;

    private ObstacleVariables() {
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().trim();
        if (text.length() > MAX_TEXT) {
            throw new ObstacleInputException("Nội dung (" + name + ") dài quá " + MAX_TEXT + " ký tự");
        }
        return text;
    }

    static String requiredText(VariableScope scope, String name, String label) {
        String value = text(scope, name);
        if (value == null) {
            throw new ObstacleInputException("Cần nhập " + label + " (" + name + ")");
        }
        return value;
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

    /** Who completed the task that led here: Tasklist and /engine-rest set the engine's authentication. */
    static String actor(DelegateExecution execution) {
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return user == null ? null : user.getUserId();
    }
}
