package vn.bentre.papi.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.bentre.papi.planning.Dimension;
import vn.bentre.papi.planning.Measure;
import vn.bentre.papi.platform.JsonVariables;

/**
 * A submitted report as the tables the head's and the reviewer's forms show (Json variables
 * {@code reportMeasuresTable}, {@code reportDimensionsTable}, {@code reportFiguresTable},
 * {@code reportObstaclesTable}): names and Vietnamese labels instead of codes.
 */
@Component
class ReportTables {

    private final JsonVariables json;

    ReportTables(JsonVariables json) {
        this.json = json;
    }

    void write(VariableScope scope, ReportContent content, Map<String, Measure> measures, Map<String, Dimension> dimensions) {
        scope.setVariable("reportMeasuresTable", json.json(content.measures().stream().map(m -> row(
            "measure", m.measureId() + " — " + measures.get(m.measureId()).text(),
            "status", MeasureStatus.valueOf(m.status()).label(),
            "result", m.result())).toList()));
        scope.setVariable("reportDimensionsTable", json.json(content.dimensions().stream().filter(d -> d.summary() != null)
            .map(d -> row("dimension", dimensions.get(d.dimensionId()).name(), "summary", d.summary())).toList()));
        scope.setVariable("reportFiguresTable", json.json(List.of(ReportFigure.values()).stream()
            .filter(f -> content.figures().containsKey(f.key()))
            .map(f -> row("figure", f.label(), "amount", content.figures().get(f.key()))).toList()));
        scope.setVariable("reportObstaclesTable", json.json(content.obstacles().stream().map(o -> row(
            "dimension", dimensions.get(o.dimensionId()).name(), "description", o.description(), "proposal", o.proposal())).toList()));
        scope.setVariable("hasObstacles", !content.obstacles().isEmpty());
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
