package io.millrace.application.scim;

import io.millrace.domain.scim.ScimNames;
import io.millrace.domain.scim.ScimProblem;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PATCH operations on a user (RFC 7644 §3.5.2): {@code add}, {@code replace} and {@code remove} (any case) of
 * {@code active}, {@code userName}, {@code externalId}, {@code displayName}, {@code name} and its
 * {@code givenName}/{@code familyName}, {@code emails} (also {@code emails[type eq "work"].value}), each by
 * {@code path} or, without a path, as the members of an object {@code value} (Okta's and Entra ID's
 * {@code {"op":"replace","value":{"active":false}}}). Core attributes Millrace does not keep (phone numbers,
 * title, …) and the enterprise extension are accepted and ignored; any other path is {@code invalidPath}.
 */
final class ScimUserPatch {
    static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final Pattern EMAIL_VALUE = Pattern.compile("emails(\\[[^\\]]*\\])?\\.value");
    private static final Set<String> IGNORED = Set.of("nickname", "profileurl", "title", "usertype",
            "preferredlanguage", "locale", "timezone", "phonenumbers", "addresses", "ims", "photos",
            "x509certificates", "entitlements", "roles", "password", "name.formatted", "name.middlename",
            "name.honorificprefix", "name.honorificsuffix", "groups");
    private static final String EXTENSIONS = "urn:ietf:params:scim:schemas:extension:";

    private ScimUserPatch() {
    }

    /** The operations of a PatchOp body. */
    static JsonArray operations(JsonObject body) {
        JsonValue ops = body.get("Operations");
        if (!(ops instanceof JsonArray a) || a.isEmpty()) {
            throw ScimProblem.invalidSyntax("a PATCH body needs a non-empty \"Operations\" array");
        }
        if (a.size() > 100) {
            throw ScimProblem.invalidSyntax("at most 100 operations in one PATCH");
        }
        return a;
    }

    /** The lower-cased {@code op} of an operation: add, replace or remove. */
    static String op(JsonObject o) {
        String op = ScimValues.string(o.get("op"), "op", 10);
        String lower = op == null ? "" : op.toLowerCase(Locale.ROOT);
        if (!Set.of("add", "replace", "remove").contains(lower)) {
            throw ScimProblem.invalidSyntax("op must be add, replace or remove");
        }
        return lower;
    }

    static ScimUserState apply(ScimUserState state, JsonObject body) {
        ScimUserState s = state;
        for (JsonValue v : operations(body)) {
            JsonObject o = ScimValues.object(v, "each operation");
            String op = op(o);
            String path = ScimValues.string(o.get("path"), "path", 200);
            JsonValue value = o.get("value");
            if (path == null) {
                if (op.equals("remove")) {
                    throw ScimProblem.noTarget("remove needs a path");
                }
                for (Map.Entry<String, JsonValue> e : ScimValues.object(value, "value").entrySet()) {
                    s = set(s, ScimValues.path(e.getKey()), e.getValue());
                }
            } else if (op.equals("remove")) {
                s = set(s, ScimValues.path(path), JsonValue.NULL);
            } else {
                s = set(s, ScimValues.path(path), value);
            }
        }
        return ScimUserBody.checked(s);
    }

    private static ScimUserState set(ScimUserState s, String path, JsonValue value) {
        ScimNames n = s.names();
        if (EMAIL_VALUE.matcher(path).matches()) {
            return s.withEmail(ScimValues.string(value, "emails.value", 254));
        }
        return switch (path) {
            case "active" -> {
                if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                    throw ScimProblem.invalidValue("active cannot be removed: replace it with true or false");
                }
                yield s.withActive(ScimValues.bool(value, "active"));
            }
            case "username" -> {
                String name = ScimValues.string(value, "userName", 64);
                if (name == null) {
                    throw ScimProblem.mutability("userName cannot be removed");
                }
                yield s.withUserName(name);
            }
            case "externalid" -> s.withNames(n.withExternalId(ScimValues.string(value, "externalId", ScimNames.MAX)));
            case "displayname" -> s.withNames(n.withDisplayName(ScimValues.string(value, "displayName", ScimNames.MAX)));
            case "name" -> s.withNames(ScimValues.names(n, value));
            case "name.givenname" -> s.withNames(n.withGivenName(ScimValues.string(value, "name.givenName", ScimNames.MAX)));
            case "name.familyname" -> s.withNames(n.withFamilyName(ScimValues.string(value, "name.familyName", ScimNames.MAX)));
            case "emails" -> s.withEmail(ScimValues.email(value));
            case "id", "meta", "schemas" -> s; // read-only, sent back by some clients unchanged
            default -> {
                if (IGNORED.contains(path) || path.startsWith(EXTENSIONS) || IGNORED.contains(path.split("[.\\[]")[0])) {
                    yield s;
                }
                throw ScimProblem.invalidPath("cannot change '" + path + "' of a user: Millrace keeps active, userName,"
                        + " externalId, displayName, name and emails");
            }
        };
    }
}
