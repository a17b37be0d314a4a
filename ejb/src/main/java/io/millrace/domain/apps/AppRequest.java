package io.millrace.domain.apps;

import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An administrator's app, as {@code POST /v1/apps} (name_slug and auth_type required) or {@code PUT /v1/apps/{id}}
 * (any field) gives it. Null fields were not given. An OAuth app needs {@code authorize_url} and {@code token_url}.
 */
public record AppRequest(String nameSlug, String name, AuthType authType, String description, String imgSrc,
                         List<CustomField> customFields, List<String> categories, String authorizeUrl, String tokenUrl,
                         String revokeUrl, List<String> scopes, String baseProxyTargetUrl, List<String> allowedDomains) {
    public static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    public static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]{1,256}");
    private static final Set<String> FIELDS = Set.of("name_slug", "name", "auth_type", "description", "img_src",
            "custom_fields", "custom_fields_json", "categories", "authorize_url", "token_url", "revoke_url", "scopes", "connect");
    private static final Set<String> READ_ONLY = Set.of("id", "featured_weight", "created_at", "updated_at");
    /** A domain (or IP address) of {@code connect.allowed_domains}. */
    public static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?");

    public static AppRequest forCreate(JsonValue body) {
        AppRequest r = read(body, true);
        if (r.authType() == AuthType.OAUTH && (r.authorizeUrl() == null || r.tokenUrl() == null)) {
            throw new InvalidInputException(r.authorizeUrl() == null ? "authorize_url" : "token_url",
                    "an oauth app needs authorize_url and token_url");
        }
        return r;
    }

    public static AppRequest forUpdate(JsonValue body) {
        return read(body, false);
    }

    private static AppRequest read(JsonValue body, boolean create) {
        JsonObject o = BodyFields.body(body, FIELDS, READ_ONLY);
        String slug = BodyFields.string(o, "name_slug", create, 64);
        if (slug != null && !SLUG.matcher(slug).matches()) {
            throw new InvalidInputException("name_slug",
                    "name_slug must be lower-case letters, digits, _ and -, starting with a letter or digit, not " + Quoted.of(slug));
        }
        String authText = BodyFields.string(o, "auth_type", create, 8);
        AuthType auth = authText == null ? null : AuthType.parse(authText, "auth_type");
        String name = BodyFields.string(o, "name", false, 255);
        String description = optionalText(o, "description", 2048);
        String img = url(o, "img_src");
        List<CustomField> fields = null;
        if (o.containsKey("custom_fields") && o.containsKey("custom_fields_json")) {
            throw new InvalidInputException("custom_fields", "give custom_fields or custom_fields_json, not both");
        }
        for (String key : List.of("custom_fields", "custom_fields_json")) {
            if (o.containsKey(key) && !o.isNull(key)) {
                fields = CustomField.parse(o.get(key), key);
            }
        }
        return new AppRequest(slug, create && name == null ? slug : name, auth, description, img, fields,
                strings(o, "categories", Pattern.compile("[^\\n\\x00-\\x1f]{1,64}"), 1024), url(o, "authorize_url"),
                url(o, "token_url"), url(o, "revoke_url"), strings(o, "scopes", SCOPE, 2048),
                connectBase(o), connectDomains(o));
    }

    /**
     * {@code connect.base_proxy_target_url}: an http(s) URL that may hold {@code {{custom_fields.NAME}}} placeholders
     * (also in its host); "" removes it; null when not given.
     */
    private static String connectBase(JsonObject o) {
        JsonObject connect = connect(o);
        String field = "connect.base_proxy_target_url";
        if (connect == null || !connect.containsKey("base_proxy_target_url") || connect.isNull("base_proxy_target_url")) {
            return null;
        }
        if (!(connect.get("base_proxy_target_url") instanceof JsonString s)) {
            throw new InvalidInputException(field, field + " must be a string");
        }
        String text = s.getString().trim();
        if (text.isEmpty()) {
            return "";
        }
        if (text.length() > App.MAX_URL) {
            throw new InvalidInputException(field, field + " must be at most " + App.MAX_URL + " characters");
        }
        String sample = text.replaceAll("\\{\\{\\s*custom_fields\\.[A-Za-z0-9_\\-]+\\s*}}", "x");
        try {
            URI uri = new URI(sample);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new InvalidInputException(field, field + " must be an absolute http or https URL");
            }
        } catch (java.net.URISyntaxException e) {
            throw new InvalidInputException(field, field + " is not a valid URL: " + Quoted.detail(e.getMessage()));
        }
        return text.replaceAll("/+$", "");
    }

    /** {@code connect.allowed_domains}: the domains full proxy URLs may go to (and their subdomains). */
    private static List<String> connectDomains(JsonObject o) {
        JsonObject connect = connect(o);
        if (connect == null) {
            return null;
        }
        List<String> domains;
        try {
            domains = strings(connect, "allowed_domains", DOMAIN, 2048);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("connect." + e.field(), "connect." + e.getMessage());
        }
        return domains == null ? null : domains.stream().map(d -> d.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    private static JsonObject connect(JsonObject o) {
        if (!o.containsKey("connect") || o.isNull("connect")) {
            return null;
        }
        if (o.get("connect").getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("connect", "connect must be an object");
        }
        JsonObject connect = o.getJsonObject("connect");
        for (String key : connect.keySet()) {
            if (!Set.of("allowed_domains", "base_proxy_target_url", "proxy_enabled").contains(key)) {
                throw new InvalidInputException("connect." + key, "connect has no field " + Quoted.value(key)
                        + " (allowed_domains, base_proxy_target_url)");
            }
        }
        return connect;
    }

    private static String optionalText(JsonObject o, String field, int max) {
        String text = BodyFields.text(o, field);
        if (text != null && text.length() > max) {
            throw new InvalidInputException(field, field + " must be at most " + max + " characters");
        }
        return text;
    }

    private static String url(JsonObject o, String field) {
        String text = optionalText(o, field, App.MAX_URL);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new InvalidInputException(field, field + " must be an absolute http or https URL");
            }
        } catch (java.net.URISyntaxException e) {
            throw new InvalidInputException(field, field + " is not a valid URL: " + Quoted.detail(e.getMessage()));
        }
        return text;
    }

    /** An array of strings that each match {@code each}, at most 64, together (with a separator each) at most {@code total}. */
    public static List<String> strings(JsonObject o, String field, Pattern each, int total) {
        if (!o.containsKey(field) || o.isNull(field)) {
            return null;
        }
        JsonArray array = BodyFields.array(o, field);
        if (array.size() > 64) {
            throw new InvalidInputException(field, field + " must have at most 64 entries");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue v = array.get(i);
            if (v.getValueType() != JsonValue.ValueType.STRING || !each.matcher(((JsonString) v).getString()).matches()) {
                throw new InvalidInputException(field + "[" + i + "]", field + "[" + i + "] must be a non-empty string"
                        + (field.equals("scopes") ? " without spaces" : ""));
            }
            out.add(((JsonString) v).getString());
        }
        if (String.join(" ", out).length() > total) {
            throw new InvalidInputException(field, field + " must be at most " + total + " characters together");
        }
        return List.copyOf(out);
    }
}
