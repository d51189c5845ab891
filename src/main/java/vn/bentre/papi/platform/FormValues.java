package vn.bentre.papi.platform;

import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Reading what a form or a REST client sent, the same way in every feature. Values arrive as text
 * from Tasklist and as typed values from REST and Java. Each feature passes the exception that
 * rejects bad input in its words (a {@link RejectedInputException}: nothing half-written).
 */
public final class FormValues {

    /** Camunda stores a String variable in at most 4000 characters (PostgreSQL refuses more). */
    public static final int MAX_TEXT = 4000;
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private FormValues() {
    }

    /** The trimmed text, or null when empty; longer than {@link #MAX_TEXT} is rejected. */
    public static String text(VariableScope scope, String name, Function<String, ? extends RuntimeException> reject) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().trim();
        if (text.length() > MAX_TEXT) {
            throw reject.apply("Nội dung (" + name + ") dài quá " + MAX_TEXT + " ký tự");
        }
        return text;
    }

    /** Like {@link #text}, and rejected with "Cần nhập <label>" when empty. */
    public static String requiredText(VariableScope scope, String name, String label,
            Function<String, ? extends RuntimeException> reject) {
        String value = text(scope, name, reject);
        if (value == null) {
            throw reject.apply("Cần nhập " + label + " (" + name + ")");
        }
        return value;
    }

    /** Who completed the task that led here: Tasklist and /engine-rest set the engine's authentication. */
    public static String currentUser() {
        Authentication user = Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
        return user == null ? null : user.getUserId();
    }
}
