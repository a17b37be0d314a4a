package io.millrace.web.params;

import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code include} / {@code exclude} field selection of seed 004: comma-separated names of the
 * top-level fields of a response's {@code data} (the object, or each object of the list) to keep or to
 * drop. Names that a response does not have are simply absent; {@code include} is applied first, then
 * {@code exclude}. Everything outside {@code data} ({@code page_info}, errors) is left as it is.
 */
public record FieldSelection(Set<String> include, Set<String> exclude) {
    public static final FieldSelection ALL = new FieldSelection(Set.of(), Set.of());

    /** From the parameter values as given (each may hold several comma-separated names; null allowed). */
    public static FieldSelection parse(Collection<String> include, Collection<String> exclude) {
        return new FieldSelection(names(include), names(exclude));
    }

    public boolean selectsAll() {
        return include.isEmpty() && exclude.isEmpty();
    }

    /** This selection combined with another (e.g. query and body): the union of each list. */
    public FieldSelection and(FieldSelection other) {
        Set<String> in = new LinkedHashSet<>(include);
        in.addAll(other.include);
        Set<String> ex = new LinkedHashSet<>(exclude);
        ex.addAll(other.exclude);
        return new FieldSelection(Set.copyOf(in), Set.copyOf(ex));
    }

    /** The envelope with its {@code data} reduced to the selected fields. */
    public JsonObject apply(JsonObject envelope) {
        JsonValue data = envelope.get("data");
        if (selectsAll() || data == null) {
            return envelope;
        }
        JsonValue selected = switch (data.getValueType()) {
            case OBJECT -> select(data.asJsonObject());
            case ARRAY -> {
                JsonArrayBuilder items = Jsonp.createArrayBuilder();
                for (JsonValue item : data.asJsonArray()) {
                    items.add(item.getValueType() == JsonValue.ValueType.OBJECT ? select(item.asJsonObject()) : item);
                }
                yield items.build();
            }
            default -> data;
        };
        JsonObjectBuilder out = Jsonp.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : envelope.entrySet()) {
            out.add(e.getKey(), e.getKey().equals("data") ? selected : e.getValue());
        }
        return out.build();
    }

    private JsonObject select(JsonObject item) {
        JsonObjectBuilder out = Jsonp.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : item.entrySet()) {
            String name = e.getKey();
            if ((include.isEmpty() || include.contains(name)) && !exclude.contains(name)) {
                out.add(name, e.getValue());
            }
        }
        return out.build();
    }

    private static Set<String> names(Collection<String> values) {
        if (values == null) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null) {
                Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(names::add);
            }
        }
        return Set.copyOf(names);
    }
}
