package vn.bentre.papi.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/organisation/units}: the units, for forms, scripts and the dashboard. */
@RestController
@RequestMapping("/api/organisation/units")
class UnitController {

    private final Organisation organisation;

    UnitController(Organisation organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    List<UnitResponse> units(@RequestParam(required = false) String level, @RequestParam(required = false) String parentId) {
        return organisation.units(parseLevel(level), parentId).stream().map(UnitResponse::of).toList();
    }

    @GetMapping("/{id}")
    UnitResponse unit(@PathVariable String id) {
        return UnitResponse.of(organisation.requireUnit(id));
    }

    private static UnitLevel parseLevel(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        try {
            return UnitLevel.valueOf(level.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidLevelException(level);
        }
    }

    @ExceptionHandler
    ProblemDetail unknownUnit(UnknownUnitException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidLevel(InvalidLevelException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    static class InvalidLevelException extends RuntimeException {
        InvalidLevelException(String level) {
            super("Cấp đơn vị '" + level + "' không hợp lệ; dùng một trong: "
                + Arrays.stream(UnitLevel.values()).map(Enum::name).collect(Collectors.joining(", "))
                + " (unknown level)");
        }
    }

    record UnitResponse(String id, String name, UnitLevel level, String parentId, String reviewerId,
            String officialsGroupId, String leadersGroupId, String code, String kind) {
        static UnitResponse of(Unit unit) {
            return new UnitResponse(unit.id(), unit.name(), unit.level(), unit.parentId(), unit.reviewerId(),
                unit.officialsGroupId(), unit.leadersGroupId(), unit.code(), unit.kind());
        }
    }
}
