package vn.bentre.papi.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What one model did for one organisation. */
record Measurement(String model, String organisation, int units, double openSeconds, int tasksOpened,
        List<Double> submitMillis, int failedSubmissions) {

    double tasksPerSecond() {
        return openSeconds == 0 ? 0 : tasksOpened / openSeconds;
    }

    int submissionsTried() {
        return submitMillis.size() + failedSubmissions;
    }

    double medianMillis() {
        return percentile(50);
    }

    double p95Millis() {
        return percentile(95);
    }

    private double percentile(int p) {
        if (submitMillis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(submitMillis);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    String row() {
        return String.format("| %-31s | %-14s | %6d | %8d | %9.1f | %9.1f | %9.1f | %6d / %-6d |", model, organisation, units,
            tasksOpened, tasksPerSecond(), medianMillis(), p95Millis(), failedSubmissions,
            submissionsTried());
    }

    static String header() {
        return "| model                           | organisation   |  units |    tasks |   tasks/s | median ms |    p95 ms | failed / total  |\n"
             + "|---------------------------------|----------------|--------|----------|-----------|-----------|-----------|-----------------|";
    }
}
