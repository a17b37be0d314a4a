package io.millrace.application.signin;

import io.millrace.application.environment.SecretBox;
import io.millrace.application.identity.SignInRefusedException;
import io.millrace.domain.signin.ExternalIdentity;
import io.millrace.shared.Ids;
import io.millrace.shared.Jsonp;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.util.function.LongSupplier;

/**
 * OIDC sign-in, authorization code flow with PKCE. {@link #start} makes state, nonce and the PKCE
 * verifier and seals them (AES-GCM, {@link SecretBox}) into the value of a short-lived cookie, so any
 * server node can finish the sign-in; {@link #finish} checks that the state the provider sends back is the
 * cookie's, then exchanges the code and validates the ID token ({@link OidcProvider}).
 */
@ApplicationScoped
public class OidcSignIn {
    /** How long a started sign-in may take at the provider. */
    public static final int PENDING_SECONDS = 600;
    private static final String CONTEXT = "oidc-sign-in";

    @Inject
    OidcProvider provider;
    @Inject
    SecretBox box;
    @Inject
    SignIns signIns;

    LongSupplier clock = System::currentTimeMillis;

    /** Where the browser goes, and the sealed value of the cookie that remembers the sign-in. */
    public record Started(URI authorizationUri, String pending) {
    }

    public boolean enabled() {
        return provider.enabled();
    }

    public Started start(URI redirectUri) {
        requireEnabled();
        String state = Ids.secret("");
        String nonce = Ids.secret("");
        String verifier = Ids.secret("") + Ids.secret("");
        String pending = Jsonp.createObjectBuilder().add("state", state).add("nonce", nonce).add("verifier", verifier)
                .add("expires", clock.getAsLong() + PENDING_SECONDS * 1000L).build().toString();
        URI uri;
        try {
            uri = provider.authorizationUri(state, nonce, verifier, redirectUri);
        } catch (IllegalStateException e) {
            System.getLogger(OidcSignIn.class.getName()).log(System.Logger.Level.WARNING, "OIDC sign-in: {0}", e.getMessage());
            throw new SignInRefusedException(503, "the identity provider cannot be reached; try again later", null);
        }
        return new Started(uri, box.seal(pending, CONTEXT));
    }

    /**
     * The provider's answer on the callback.
     *
     * @param pending the cookie's value, or null
     * @throws SignInRefusedException 400 for a missing, expired or other state, 401 when the provider reports an
     *                       error or the code or token is not valid, 403 without a workspace
     */
    public Admitted finish(String state, String code, String error, String pending, URI redirectUri) {
        requireEnabled();
        if (pending == null || pending.isEmpty()) {
            throw new SignInRefusedException(400, "no sign-in was started in this browser, or it expired; start again at /oidc/login", "state");
        }
        JsonObject started;
        try {
            started = Jsonp.createReader(new StringReader(box.open(pending, CONTEXT))).readObject();
        } catch (RuntimeException e) {
            throw new SignInRefusedException(400, "the sign-in cookie is not valid; start again at /oidc/login", "state");
        }
        if (started.getJsonNumber("expires").longValue() < clock.getAsLong()) {
            throw new SignInRefusedException(400, "the sign-in took too long; start again at /oidc/login", "state");
        }
        if (state == null || !java.security.MessageDigest.isEqual(state.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                started.getString("state").getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            throw new SignInRefusedException(400, "state does not match the sign-in this browser started", "state");
        }
        if (error != null) {
            throw new SignInRefusedException(401, "the identity provider refused the sign-in: " + Quoted.of(error), "error");
        }
        if (code == null || code.isEmpty()) {
            throw new SignInRefusedException(400, "code is required", "code");
        }
        ExternalIdentity identity;
        try {
            identity = provider.identify(code, started.getString("verifier"), started.getString("nonce"), redirectUri);
        } catch (IllegalStateException e) {
            System.getLogger(OidcSignIn.class.getName()).log(System.Logger.Level.WARNING, "OIDC sign-in: {0}", e.getMessage());
            throw new SignInRefusedException(503, "the identity provider cannot be reached; try again later", null);
        }
        return signIns.admit(identity);
    }

    private void requireEnabled() {
        if (!provider.enabled()) {
            throw new SignInRefusedException(404, "OIDC sign-in is not configured on this server", null);
        }
    }
}
