package vn.bentre.papi.assessment.review;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A preliminary review (sơ kết) half-way through the plan, or the final review (tổng kết). */
enum ReviewKind {

    PRELIMINARY("Sơ kết"),
    FINAL("Tổng kết");

    private final String label;

    ReviewKind(String label) {
        this.label = label;
    }

    /** "Sơ kết", "Tổng kết": what officials read, and the start of the report's title. */
    String label() {
        return label;
    }

    static ReviewKind parse(String value) {
        return Arrays.stream(values()).filter(k -> k.name().equals(value)).findFirst()
            .orElseThrow(() -> new ReviewInputException("Loại đợt phải là một trong "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ", không phải '" + value + "'"));
    }
}
