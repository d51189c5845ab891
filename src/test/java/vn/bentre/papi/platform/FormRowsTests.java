package vn.bentre.papi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.bentre.papi.support.TestProcesses;

/**
 * Which rows {@link FormRows#read} returns: the groups when the form changed them, else the list.
 * Prefilled rows include what JSON stores differently from Java (a BigDecimal, a missing value):
 * an untouched form must still count as untouched.
 */
@SpringBootTest
@ActiveProfiles("test")
class FormRowsTests {

    @Autowired ProcessEngine engine;
    @Autowired FormRows rows;
    @Autowired JsonVariables json;
    ProcessInstance instance;

    @BeforeEach
    void setUp() {
        instance = TestProcesses.startUnitTask(engine, "so-noi-vu");
    }

    @AfterEach
    void tearDown() {
        engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test over");
    }

    private <T> T inInstance(Function<VariableScope, T> work) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(
            context -> work.apply(context.getExecutionManager().findExecutionById(instance.getId())));
    }

    private static Map<String, Object> row(String measureId, Object cost) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("measureId", measureId);
        row.put("status", null);
        row.put("cost", cost);
        return row;
    }

    private List<Map> read() {
        return inInstance(scope -> rows.read(scope, "measures", "measure", 4, Map.class, r -> r.get("measureId") != null));
    }

    @Test
    void shouldReturnThePrefilledListWhenNothingWasEdited() {
        inInstance(scope -> {
            rows.write(scope, "measures", "measure", 4, List.of(row("a", new BigDecimal("1.50")), row(null, null)));
            return null;
        });

        // The blank row too: only the list keeps rows the form's groups would drop.
        assertThat(read()).extracting(r -> r.get("measureId")).containsExactly("a", null);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "measure3")).isNull();
    }

    @Test
    void shouldWriteNothingForNoRowsAndStillReadWhatTheFormOrARestClientSends() {
        inInstance(scope -> {
            rows.write(scope, "measures", "measure", 4, List.of());
            return null;
        });
        assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKeys("measures", "measureRowsSeen");
        assertThat(read()).isEmpty();

        inInstance(scope -> {
            scope.setVariable("measure2", json.json(row("f", 1)));
            return null;
        });
        assertThat(read()).extracting(r -> r.get("measureId")).containsExactly("f");
    }

    @Test
    void shouldClearRowsWrittenBeforeWhenThereAreNoneNow() {
        inInstance(scope -> {
            rows.write(scope, "measures", "measure", 4, List.of(row("a", 1)));
            scope.setVariable("measures", json.json(List.of()));
            rows.write(scope, "measures", "measure", 4, List.of());
            return null;
        });

        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "measures").toString()).isEqualTo("[]");
    }

    @Test
    void shouldReturnTheListARestClientSentOverThePrefill() {
        inInstance(scope -> {
            rows.write(scope, "measures", "measure", 4, List.of(row("a", 2)));
            scope.setVariable("measures", json.json(List.of(row("c", 3), row("d", 4))));
            return null;
        });

        assertThat(read()).extracting(r -> r.get("measureId")).containsExactly("c", "d");
    }

    @Test
    void shouldReturnTheFilledGroupsOnceTheFormChangedOne() {
        inInstance(scope -> {
            rows.write(scope, "measures", "measure", 4, List.of(row("a", new BigDecimal("1.50"))));
            scope.setVariable("measure3", json.json(row("e", 7)));
            return null;
        });

        assertThat(read()).extracting(r -> r.get("measureId")).containsExactly("a", "e");
    }
}
