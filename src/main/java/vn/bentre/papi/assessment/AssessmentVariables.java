package vn.bentre.papi.assessment;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Reading form values, which arrive as strings or numbers from Tasklist and as typed values from REST and Java. */
final class AssessmentVariables {

    static final int MAX_TEXT = 4000;

    private AssessmentVariables() {
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().trim();
        if (text.length() > MAX_TEXT) {
            throw new AssessmentInputException("Nội dung (" + name + ") dài quá " + MAX_TEXT + " ký tự");
        }
        return text;
    }

    static String requiredText(VariableScope scope, String name, String label) {
        String value = text(scope, name);
        if (value == null) {
            throw new AssessmentInputException("Cần nhập " + label + " (" + name + ")");
        }
        return value;
    }

    static BigDecimal decimal(VariableScope scope, String name, String label) {
        return decimal(scope.getVariable(name), name, label);
    }

    static BigDecimal decimal(Object value, String name, String label) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        try {
            return new BigDecimal(value.toString().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new AssessmentInputException(label + " (" + name + ") phải là số, không phải '" + value + "'");
        }
    }

    static Integer integer(VariableScope scope, String name, String label) {
        BigDecimal value = decimal(scope, name, label);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw new AssessmentInputException(label + " (" + name + ") phải là số nguyên, không phải " + value.toPlainString());
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new AssessmentInputException(label + " (" + name + ") quá lớn: " + value.toPlainString());
        }
    }

    /** Who completed the task that led here: Tasklist and /engine-rest set the engine's authentication. */
    static String currentUser() {
        Authentication user = Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
        return user == null ? null : user.getUserId();
    }
}
