package io.millrace.domain.datastore;

import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Request bodies of the data store API, checked against {@link StoreRules}. Unknown fields are a 400
 * naming them; fields of the rendered objects that a client may send back unchanged are ignored.
 */
public final class StoreRequests {
    private static final Set<String> STORE_FIELDS = Set.of("name");
    private static final Set<String> STORE_READ_ONLY = Set.of("id", "project_id", "org_id", "created_at", "updated_at");
    private static final Set<String> RECORD_FIELDS = Set.of("value", "ttl");
    private static final Set<String> BATCH_RECORD_FIELDS = Set.of("key", "value", "ttl");
    private static final Set<String> RECORD_READ_ONLY = Set.of("expires_at", "created_at", "updated_at");

    private StoreRequests() {
    }

    /** {@code {"name": "…"}} of a create or rename. */
    public static String name(JsonValue body) {
        JsonObject o = BodyFields.body(body, STORE_FIELDS, STORE_READ_ONLY);
        String value = BodyFields.text(o, "name");
        StoreRules.checkName(value);
        return value;
    }

    /** {@code {"value": any JSON, "ttl": seconds | null}} setting the record at {@code key}. */
    public static RecordWrite record(String key, JsonValue body) {
        StoreRules.checkKey(key);
        JsonObject o = BodyFields.body(body, RECORD_FIELDS, Set.of("key", "expires_at", "created_at", "updated_at"));
        if (o.containsKey("key") && !(o.get("key") instanceof jakarta.json.JsonString s && s.getString().equals(key))) {
            throw new InvalidInputException("key", "the body's key must be the key of the path, or left out");
        }
        return write(key, o, "");
    }

    /** {@code {"records": [{"key", "value", "ttl"?}, …]}}: 1 to {@value StoreRules#MAX_BATCH_RECORDS} records. */
    public static List<RecordWrite> batch(JsonValue body) {
        JsonObject o = BodyFields.body(body, Set.of("records"));
        JsonValue records = o.get("records");
        if (records == null || records.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException("records", "records must be an array of {key, value, ttl?} objects");
        }
        JsonArray array = records.asJsonArray();
        if (array.isEmpty() || array.size() > StoreRules.MAX_BATCH_RECORDS) {
            throw new InvalidInputException("records", "records must hold 1 to " + StoreRules.MAX_BATCH_RECORDS
                    + " records");
        }
        List<RecordWrite> writes = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String prefix = "records[" + i + "].";
            JsonObject r = BodyFields.body(array.get(i), "records[" + i + "]", BATCH_RECORD_FIELDS, RECORD_READ_ONLY);
            JsonValue key = r.get("key");
            if (key == null || key.getValueType() != JsonValue.ValueType.STRING) {
                throw new InvalidInputException(prefix + "key", "key is required and must be a non-empty string");
            }
            StoreRules.checkKey(r.getString("key"), prefix + "key");
            writes.add(write(r.getString("key"), r, prefix));
        }
        return writes;
    }

    /** {@code {"ttl": seconds | null}} of a TTL change; the field must be present. */
    public static Long ttl(JsonValue body) {
        JsonObject o = BodyFields.body(body, Set.of("ttl"));
        if (!o.containsKey("ttl")) {
            throw new InvalidInputException("ttl", "ttl is required: a number of seconds, or null for no expiry");
        }
        return ttl(o.get("ttl"), "ttl");
    }

    /** A TTL given as JSON: null, or a whole number of seconds within {@link StoreRules#checkTtl}. */
    public static Long ttl(JsonValue v, String field) {
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new InvalidInputException(field, "ttl must be a number of seconds, or null for no expiry");
        }
        BigDecimal n = ((JsonNumber) v).bigDecimalValue();
        if (n.signum() < 1 || n.compareTo(BigDecimal.valueOf(StoreRules.MAX_TTL_SECONDS)) > 0
                || n.stripTrailingZeros().scale() > 0) {
            StoreRules.checkTtl(-1L, field);
        }
        return n.longValueExact();
    }

    private static RecordWrite write(String key, JsonObject o, String prefix) {
        if (!o.containsKey("value")) {
            throw new InvalidInputException(prefix + "value", "value is required (any JSON, null included)");
        }
        String valueJson = JsonText.write(o.get("value"));
        StoreRules.checkValueSize(valueJson, prefix + "value");
        return new RecordWrite(key, valueJson, ttl(o.get("ttl"), prefix + "ttl"));
    }
}
