package vn.bentre.papi.planning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.bentre.papi.calendar.DueDates;

import vn.bentre.papi.platform.FormValues;

/** Reading form values, which arrive as strings from Tasklist and as typed values from REST and Java. */
final class PlanVariables {

    static final DateTimeFormatter VIETNAMESE_DATE = FormValues.DAY;

    private PlanVariables() {
    }

    static final int MAX_TEXT = FormValues.MAX_TEXT;

    static String text(VariableScope scope, String name) {
        return FormValues.text(scope, name, PlanInputException::new);
    }

    static String requiredText(VariableScope scope, String name, String label) {
        return FormValues.requiredText(scope, name, label, PlanInputException::new);
    }

    /** A date given as a Date, or as text "2015-09-30" (Camunda Forms) or "2015-09-30T…". */
    static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return DueDates.toLocalDate(date);
        }
        try {
            return LocalDate.parse(value.toString().trim().substring(0, Math.min(10, value.toString().trim().length())));
        } catch (DateTimeParseException e) {
            throw new PlanInputException("Ngày '" + value + "' (" + name + ") không đúng định dạng yyyy-MM-dd");
        }
    }

    /** A list given as a collection or as comma-separated text. */
    static List<String> textList(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return List.of();
        }
        Collection<?> items = value instanceof Collection<?> c ? c : Arrays.asList(value.toString().split(","));
        return items.stream().map(Object::toString).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static String format(LocalDate day) {
        return day.format(VIETNAMESE_DATE);
    }
}
