package vn.bentre.papi.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.bentre.papi.calendar.DueDates;

/** Reading form values, which arrive as strings or numbers from Tasklist and as typed values from REST and Java. */
final class ReportVariables {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ReportVariables() {
    }

    static String text(VariableScope scope, String name) {
        return clean(scope.getVariable(name));
    }

    static String clean(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    static String requiredText(VariableScope scope, String name, String label) {
        String value = text(scope, name);
        if (value == null) {
            throw new ReportInputException("Cần nhập " + label + " (" + name + ")");
        }
        return value;
    }

    /** A whole number given as a number or as text; null when empty. */
    static Long wholeNumber(Object value, String label) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            BigDecimal number = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().trim());
            return number.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ReportInputException(label + " phải là số nguyên, không phải '" + value + "'");
        }
    }

    /** A date given as a Date, or as text "2016-03-31" (Camunda Forms) or "2016-03-31T…"; null when empty. */
    static LocalDate date(Object value, String label) {
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
            throw new ReportInputException(label + ": ngày '" + value + "' không đúng định dạng yyyy-MM-dd");
        }
    }

    static String day(Date date) {
        return date == null ? null : DueDates.toLocalDate(date).format(DAY);
    }

    static String dayTime(Date date) {
        return date == null ? null : ZonedDateTime.ofInstant(date.toInstant(), DueDates.VIETNAM).format(DAY_TIME);
    }
}
