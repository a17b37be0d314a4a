package io.millrace.application.connect;

import io.millrace.domain.auth.Secrets;
import io.millrace.domain.connect.ConnectRepository;
import io.millrace.domain.connect.ConnectToken;
import io.millrace.domain.connect.ExternalUser;
import io.millrace.shared.BodyFields;
import io.millrace.shared.Ids;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /v1/connect/{project_id}/tokens}: a short-lived token ({@code ctok_…}, 4 hours unless
 * {@code expires_in} asks for less) for one external user, which is created when new. The request's other options
 * (allowed origins, redirect and webhook URIs, app) are kept with the token.
 */
@ApplicationScoped
public class ConnectTokens {
    /** Four hours, Pipedream's lifetime of a Connect token. */
    public static final int LONGEST_SECONDS = 4 * 3600;
    private static final Set<String> FIELDS = Set.of("external_user_id", "allowed_origins", "error_redirect_uri",
            "success_redirect_uri", "expires_in", "scope", "webhook_uri", "allow_progressive_scopes", "app_id",
            "oauth_app_id");

    private static final long SWEEP_MILLIS = 3_600_000;
    private volatile long lastSweep = System.currentTimeMillis();

    @Inject
    ExternalUsers users;
    @Inject
    ConnectWriter writer;
    @Inject
    ConnectRepository connect;
    @Inject
    ConnectRateLimits limits;

    public IssuedConnectToken create(ConnectScope scope, JsonValue body) {
        JsonObject o = BodyFields.body(body, FIELDS);
        String externalId = ExternalUsers.checked(BodyFields.requiredText(o, "external_user_id", "external_user_id"),
                "external_user_id");
        limits.take(ConnectRateLimits.Kind.TOKENS, scope, externalId);
        int seconds = o.containsKey("expires_in") && !o.isNull("expires_in")
                ? BodyFields.intIn(o.get("expires_in"), "expires_in", 60, LONGEST_SECONDS) : LONGEST_SECONDS;
        JsonObjectBuilder options = Jsonp.createObjectBuilder();
        JsonArray origins = o.containsKey("allowed_origins") && !o.isNull("allowed_origins")
                ? BodyFields.array(o, "allowed_origins") : null;
        if (origins != null) {
            for (JsonValue origin : origins) {
                if (!(origin instanceof JsonString s) || s.getString().isBlank() || s.getString().length() > 2000) {
                    throw new InvalidInputException("allowed_origins", "allowed_origins must be a list of origins (strings)");
                }
            }
            options.add("allowed_origins", origins);
        }
        for (String field : Set.of("error_redirect_uri", "success_redirect_uri", "webhook_uri", "scope", "app_id",
                "oauth_app_id")) {
            String value = BodyFields.text(o, field);
            if (value != null && value.length() > 2000) {
                throw new InvalidInputException(field, field + " must be at most 2000 characters");
            }
            if (value != null) {
                options.add(field, value);
            }
        }
        Boolean progressive = BodyFields.bool(o, "allow_progressive_scopes");
        if (progressive != null) {
            options.add("allow_progressive_scopes", progressive);
        }
        ExternalUser user = users.ensure(scope, externalId);
        String token = Ids.secret("ctok_");
        long now = System.currentTimeMillis();
        long expiresAt = now + seconds * 1000L;
        writer.issue(new ConnectToken(Secrets.hash(token), user, options.build().toString(), now, expiresAt));
        if (now - lastSweep > SWEEP_MILLIS) { // at most once an hour per node, in its own transaction
            lastSweep = now;
            writer.removeExpiredTokens();
        }
        return new IssuedConnectToken(token, expiresAt, externalId);
    }

    /**
     * {@code GET /v1/connect/tokens/{ctok}/validate}: whether the token can still connect an account for the caller's
     * workspace (one of ours, unexpired and unused, of a project of the caller's workspace) and, when {@code appId}
     * is given, for that app of the catalogue. Never an error status: {@code success} and {@code error} say it.
     */
    public TokenCheck validate(io.millrace.domain.workspace.User caller, String token, String appId,
                               java.util.function.Predicate<String> appExists) {
        Optional<ConnectToken> found = valid(token).filter(t -> t.workspaceId().equals(caller.workspaceId()));
        if (found.isEmpty()) {
            return new TokenCheck(null, "the Connect token is unknown, expired or used");
        }
        String app = appId != null ? appId : optionOf(found.get(), "app_id");
        if (app != null && !appExists.test(app)) {
            return new TokenCheck(found.get(), "app " + io.millrace.shared.Quoted.value(app) + " not found");
        }
        return new TokenCheck(found.get(), null);
    }

    /** A token's check: the token (null when not found) and the error (null: it is valid). */
    public record TokenCheck(ConnectToken token, String error) {
        public String option(String name) {
            return token == null ? null : optionOf(token, name);
        }
    }

    static String optionOf(ConnectToken token, String name) {
        JsonObject options = io.millrace.shared.JsonText.parseObject(token.optionsJson());
        return options.get(name) instanceof JsonString s ? s.getString() : null;
    }

    /** The token when it is one of ours and has not expired. */
    public Optional<ConnectToken> valid(String token) {
        if (token == null || !token.startsWith("ctok_")) {
            return Optional.empty();
        }
        return connect.token(Secrets.hash(token)).filter(t -> t.validAt(System.currentTimeMillis()));
    }
}
