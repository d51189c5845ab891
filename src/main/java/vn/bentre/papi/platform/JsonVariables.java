package vn.bentre.papi.platform;

import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * Lists and objects in process variables, whichever way they arrived: Tasklist submits a Camunda
 * Form's lists as Spin {@code Json} values, the Java API and REST as JSON-serialized objects.
 * Written back as {@code Json}, the type Tasklist's forms read.
 */
@Component
public class JsonVariables {

    private final ObjectMapper mapper;

    JsonVariables(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The variable as the given type, or null when it is not set. */
    public <T> T read(VariableScope scope, String name, TypeReference<T> type) {
        return read(scope, name, mapper.getTypeFactory().constructType(type));
    }

    public <T> T read(VariableScope scope, String name, Class<T> type) {
        return read(scope, name, mapper.getTypeFactory().constructType(type));
    }

    /** A list variable of the given element type, or null when it is not set. */
    public <T> List<T> readList(VariableScope scope, String name, Class<T> elementType) {
        return read(scope, name, mapper.getTypeFactory().constructCollectionType(List.class, elementType));
    }

    private <T> T read(VariableScope scope, String name, JavaType type) {
        TypedValue typed = scope.getVariableTyped(name, true);
        if (typed == null || typed.getValue() == null) {
            return null;
        }
        Object value = typed.getValue();
        try {
            String json = value instanceof String s ? s
                : typed instanceof JsonValue j ? j.getValueSerialized() : mapper.writeValueAsString(value);
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Biến '" + name + "' không đúng định dạng: " + e.getOriginalMessage(), e);
        }
    }

    public JsonValue json(Object value) {
        return SpinValues.jsonValue(toJson(value)).create();
    }

    /** The value as a JSON variable holding it reads back (maps, lists, numbers and text). */
    public Object asStored(Object value) {
        try {
            return mapper.readValue(toJson(value), Object.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String toJson(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
