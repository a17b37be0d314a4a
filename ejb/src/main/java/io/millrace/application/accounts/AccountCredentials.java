package io.millrace.application.accounts;

import io.millrace.shared.Jsonp;
import io.millrace.shared.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Credentials for the runtime, the only place they leave in clear: a step's or source's configured props where an
 * app prop names an account ({@code {"authProvisionId": "apn_…"}}, as Pipedream's props do) get that account's
 * current credentials as {@code $auth} (refreshed first when due). Only accounts of the running workflow's workspace.
 */
@ApplicationScoped
public class AccountCredentials {
    static final String ACCOUNT = "authProvisionId";

    @Inject
    AccountRefresh refresh;

    /** The account ids the props name, in order. */
    public static List<String> accountIds(JsonObject props) {
        List<String> out = new ArrayList<>();
        if (props == null) {
            return out;
        }
        for (JsonValue v : props.values()) {
            String id = accountOf(v);
            if (id != null && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** The account the prop {@code name} names, or null (no such prop, or it names no account). */
    public static String accountOf(JsonObject props, String name) {
        return props == null ? null : accountOf(props.get(name));
    }

    private static String accountOf(JsonValue v) {
        if (v != null && v.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonValue id = v.asJsonObject().get(ACCOUNT);
            if (id != null && id.getValueType() == JsonValue.ValueType.STRING) {
                return ((JsonString) id).getString();
            }
        }
        return null;
    }

    /**
     * The props with {@code $auth} added to every value that names an account (a {@code $auth} typed into the
     * definition is replaced). Props that name no account are returned as they are.
     *
     * @throws AccountUnavailableException when a named account is unknown here, dead, or cannot be refreshed
     */
    public JsonObject withAuth(String workspaceId, JsonObject props) {
        if (accountIds(props).isEmpty()) {
            return props;
        }
        JsonObjectBuilder out = Jsonp.createObjectBuilder();
        props.forEach((name, value) -> {
            String id = accountOf(value);
            if (id == null) {
                out.add(name, value);
            } else {
                JsonObject auth = JsonText.parseObject(refresh.current(workspaceId, id, false));
                out.add(name, Jsonp.createObjectBuilder(value.asJsonObject()).add("$auth", auth));
            }
        });
        return out.build();
    }

    /** The runtime saw the provider refuse these accounts' credentials (HTTP 401): refresh them before their next use. */
    public void refused(List<String> accountIds) {
        accountIds.forEach(refresh::refused);
    }

    /** Whether a step's error text reports an HTTP 401 answer (axios: "Request failed with status code 401"). */
    public static boolean unauthorized(String errorMessage) {
        return errorMessage != null && (errorMessage.contains("status code 401") || errorMessage.contains("401 Unauthorized"));
    }
}
