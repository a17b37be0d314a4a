package io.millrace.domain.accounts;

import io.millrace.domain.apps.CustomField;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Jsonp;
import io.millrace.shared.JsonText;
import io.millrace.shared.Quoted;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * What an account's {@code $auth} holds, as JSON text (sealed before it is stored). An OAuth account:
 * {@code oauth_access_token}, {@code oauth_refresh_token} (when the provider gave one), {@code oauth_token_type},
 * {@code oauth_scope}, {@code oauth_expires_at} (epoch seconds). A key-based account: its app's custom fields, each a
 * string (a field left out takes its default; a field without default must be given unless optional).
 */
public final class Credentials {
    public static final int MAX_VALUE = 16 * 1024;

    private Credentials() {
    }

    /** Tokens from a token endpoint; a refresh that gave no new refresh token keeps {@code previousRefresh}. */
    public static String oauth(String accessToken, String refreshToken, String tokenType, String scope, Long expiresAt,
                               String previousRefresh) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("oauth_access_token", accessToken);
        String refresh = refreshToken != null ? refreshToken : previousRefresh;
        if (refresh != null) {
            b.add("oauth_refresh_token", refresh);
        }
        b.add("oauth_token_type", tokenType == null ? "Bearer" : tokenType);
        if (scope != null) {
            b.add("oauth_scope", scope);
        }
        if (expiresAt != null) {
            b.add("oauth_expires_at", expiresAt / 1000);
        }
        return JsonText.write(b.build());
    }

    /** The refresh token in an OAuth account's credentials, or null. */
    public static String refreshToken(String credentialsJson) {
        return JsonText.parseObject(credentialsJson).getString("oauth_refresh_token", null);
    }

    public static String accessToken(String credentialsJson) {
        return JsonText.parseObject(credentialsJson).getString("oauth_access_token", null);
    }

    /**
     * A key-based account's fields checked against the app's custom fields, as request field {@code field}.
     *
     * @throws InvalidInputException naming {@code field.name} for a missing, unknown, non-string or too long field
     */
    public static String keys(List<CustomField> fields, JsonValue given, String field) {
        if (given == null || given.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(field, field + " must be an object of the app's custom fields");
        }
        JsonObject o = given.asJsonObject();
        for (String key : o.keySet()) {
            if (fields.stream().noneMatch(f -> f.name().equals(key))) {
                throw new InvalidInputException(field + "." + key, "the app has no custom field " + Quoted.of(key)
                        + "; its fields are " + fields.stream().map(CustomField::name).toList());
            }
        }
        JsonObjectBuilder b = Jsonp.createObjectBuilder();
        for (CustomField f : fields) {
            JsonValue v = o.get(f.name());
            String at = field + "." + f.name();
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                if (f.defaultValue() != null) {
                    b.add(f.name(), f.defaultValue());
                } else if (!f.optional()) {
                    throw new InvalidInputException(at, at + " is required");
                }
                continue;
            }
            if (v.getValueType() != JsonValue.ValueType.STRING) {
                throw new InvalidInputException(at, at + " must be a string");
            }
            String text = ((JsonString) v).getString();
            if (text.length() > MAX_VALUE) {
                throw new InvalidInputException(at, at + " must be at most " + MAX_VALUE + " characters");
            }
            if (text.isEmpty() && !f.optional()) {
                throw new InvalidInputException(at, at + " must not be empty");
            }
            b.add(f.name(), text);
        }
        return JsonText.write(b.build());
    }
}
