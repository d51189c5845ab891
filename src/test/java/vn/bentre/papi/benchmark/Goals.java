package vn.bentre.papi.benchmark;

import static vn.bentre.papi.benchmark.ReportingBenchmark.FLOOR;
import static vn.bentre.papi.benchmark.ReportingBenchmark.NAIVE;
import static vn.bentre.papi.benchmark.ReportingBenchmark.NAIVE_ONE_JOB;
import static vn.bentre.papi.benchmark.ReportingBenchmark.PROJECT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** The goals of issue 4 against what was measured; a line is left out when a model or size was not run. */
record Goals(Map<String, Measurement> results, int threads) {

    private Optional<Measurement> at(String model, int factor) {
        return Optional.ofNullable(results.get(model + "@" + factor));
    }

    /** "a (real) and b (×10)" for whichever sizes were measured. */
    private Optional<String> bothSizes(String model, BiFunction<Measurement, Integer, Optional<String>> figure) {
        List<String> parts = new ArrayList<>();
        at(model, 1).flatMap(m -> figure.apply(m, 1)).ifPresent(f -> parts.add(f + " (real)"));
        at(model, 10).flatMap(m -> figure.apply(m, 10)).ifPresent(f -> parts.add(f + " (×10)"));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", parts));
    }

    private Optional<String> failed(String model) {
        return bothSizes(model, (m, factor) -> Optional.of(m.failedSubmissions() + " of " + m.submissionsTried()));
    }

    private Optional<String> costRatio(String model) {
        return at(model, 1).flatMap(real -> at(model, 10).map(large -> String.format("%.2f", large.medianMillis() / real.medianMillis())));
    }

    /** How many times faster {@code model} opened its tasks than {@code baseline}, at each size. */
    private Optional<String> fanOut(String model, String baseline) {
        return bothSizes(model, (m, factor) -> at(baseline, factor)
            .map(b -> String.format("%.1f×", m.tasksPerSecond() / b.tasksPerSecond())));
    }

    String text() {
        List<String> lines = new ArrayList<>();
        lines.add("Goals (issue 4):");
        failed(PROJECT).ifPresent(f -> lines.add("- failed submissions at " + threads + " threads (goal 0): project " + f));
        failed(NAIVE).ifPresent(f -> lines.add("  naive, job per unit: " + f));
        failed(NAIVE_ONE_JOB).ifPresent(f -> lines.add("  naive, one job for all: " + f));
        costRatio(PROJECT).ifPresent(r -> lines.add("- median submission time ×10 / real (goal ≤ 1.2): project " + r
            + costRatio(NAIVE).map(n -> "; naive, job per unit " + n).orElse("")
            + costRatio(NAIVE_ONE_JOB).map(n -> "; naive, one job for all " + n).orElse("")));
        fanOut(PROJECT, NAIVE).ifPresent(f -> lines.add("- fan-out, tasks/s against the naive model's asynchronous multi-instance "
            + "(goal ≥ 10×): project " + f + " the naive job per unit (DESIGN.md §5's asynchronous multi-instance)"));
        fanOut(PROJECT, NAIVE_ONE_JOB).ifPresent(f -> lines.add("  project " + f + " the naive one job for all"));
        fanOut(FLOOR, NAIVE).ifPresent(f -> lines.add("- ceiling for any instance-per-unit model: the floor opens bare instances "
            + f + " as fast as the naive job per unit"
            + fanOut(FLOOR, NAIVE_ONE_JOB).map(g -> ", " + g + " the naive one job for all").orElse("")));
        return String.join("\n", lines);
    }
}
