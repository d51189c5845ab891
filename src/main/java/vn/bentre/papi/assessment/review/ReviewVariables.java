package vn.bentre.papi.assessment.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

import vn.bentre.papi.calendar.DueDates;

import vn.bentre.papi.platform.FormValues;

/** Reading form values, which arrive as strings or numbers from Tasklist and as typed values from REST and Java. */
final class ReviewVariables {

    /**
     * The longest text a form field may hold: Camunda keeps a String variable in a 4000-character
     * column (ACT_RU_VARIABLE.TEXT_), so a longer one fails when the task is completed on PostgreSQL.
     */
    static final int MAX_TEXT = FormValues.MAX_TEXT;
    private static final ObjectMapper JSON = new ObjectMapper();
    static final DateTimeFormatter DAY = FormValues.DAY;
    static final DateTimeFormatter DAY_TIME = FormValues.DAY_TIME;

    private ReviewVariables() {
    }

    static String text(VariableScope scope, String name) {
        return FormValues.text(scope, name, ReviewInputException::new);
    }

    static String requiredText(VariableScope scope, String name, String label) {
        return FormValues.requiredText(scope, name, label, ReviewInputException::new);
    }

    /** A whole number ≥ 0 given as a number or as text; required. */
    static int count(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new ReviewInputException("Cần nhập " + label + " (" + name + ")");
        }
        try {
            BigDecimal number = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().trim());
            int count = number.intValueExact();
            if (count < 0) {
                throw new ReviewInputException(label + " không được âm (" + name + " = " + count + ")");
            }
            return count;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ReviewInputException(label + " phải là số nguyên, không phải '" + value + "' (" + name + ")");
        }
    }

    /** A date given as a Date, or as text "2017-06-30" (Camunda Forms) or "2017-06-30T…"; null when empty. */
    static LocalDate date(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return DueDates.toLocalDate(date);
        }
        String text = value.toString().trim();
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (RuntimeException e) {
            throw new ReviewInputException(label + ": ngày '" + value + "' không đúng định dạng yyyy-MM-dd (" + name + ")");
        }
    }

    /**
     * A list given as a collection, as a JSON array (a Camunda Form's checklist arrives as Spin Json)
     * or as text separated by commas, semicolons or white space.
     */
    static List<String> textList(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return List.of();
        }
        String text = value.toString().trim();
        Collection<?> items;
        if (value instanceof Collection<?> c) {
            items = c;
        } else if (text.startsWith("[")) {
            try {
                items = JSON.readValue(text, List.class);
            } catch (JsonProcessingException e) {
                throw new ReviewInputException("Danh sách '" + name + "' không đúng định dạng JSON");
            }
        } else {
            items = Arrays.asList(text.split("[,;\\s]+"));
        }
        return items.stream().map(Object::toString).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static String day(LocalDate day) {
        return day == null ? null : day.format(DAY);
    }

    static String day(Date date) {
        return date == null ? null : DueDates.toLocalDate(date).format(DAY);
    }

    static String dayTime(Date date) {
        return date == null ? null : ZonedDateTime.ofInstant(date.toInstant(), DueDates.VIETNAM).format(DAY_TIME);
    }
}
