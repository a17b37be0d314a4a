package io.millrace.it.signin;

import io.millrace.it.support.Api;
import io.millrace.it.support.Keycloak;
import io.millrace.it.support.ProfileServer;
import io.millrace.it.support.RunServers;
import io.millrace.it.support.TestDirectory;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one second Liberty of the company sign-in ITs (LDAP, OIDC, SAML and the console's sign-in journeys),
 * configured for all three methods at once, as a company with a directory and an identity provider would run
 * it: the LDAP directory (UnboundID in-memory, signin/directory.ldif), the shared Keycloak for OIDC and SAML,
 * groups mapped by {@link SignInServers#GROUPS}. A class takes it with {@code @ExtendWith(SsoServer.class)}
 * and {@link #get()}; the first class starts it, and JUnit stops it (with the directory) when the whole test
 * run ends, from its root store. One server instead of one per class: each start costs a minute on CI.
 */
public final class SsoServer implements BeforeAllCallback {
    private static volatile Started started;

    /** The running server and what the tests read from it. */
    public record Started(ProfileServer server, TestDirectory directory, Keycloak keycloak, Api opsOwner, String opsOrgId)
            implements AutoCloseable {
        public Api admin() {
            return server.api();
        }

        @Override
        public void close() throws IOException {
            started = null;
            try {
                server.remove();
            } finally {
                directory.close();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        started = RunServers.getOrStart(context, SsoServer.class, Started.class, SsoServer::start);
    }

    /** The server, once a class extended with this has begun. */
    public static Started get() {
        return RunServers.started(started, SsoServer.class);
    }

    private static Started start() {
        TestDirectory directory = new TestDirectory("dc=example,dc=com", "/signin/directory.ldif");
        ProfileServer server = null;
        try {
            Keycloak keycloak = Keycloak.shared();
            server = new ProfileServer("millrace-sso", List.of(
                    "MILLRACE_LDAP_URL=" + directory.url(),
                    "MILLRACE_LDAP_BASE_DN=" + directory.baseDn(),
                    "MILLRACE_LDAP_GROUP_FILTER=(&(objectClass=groupOfNames)(member={dn}))",
                    "MILLRACE_OIDC_ISSUER=" + keycloak.issuer(),
                    "MILLRACE_OIDC_CLIENT_ID=" + Keycloak.CLIENT_ID,
                    "MILLRACE_OIDC_CLIENT_SECRET=" + Keycloak.CLIENT_SECRET,
                    "MILLRACE_SAML_IDP_METADATA=" + keycloak.issuer() + "/protocol/saml/descriptor",
                    "MILLRACE_SAML_SP_ENTITY_ID=" + SamlSignInIT.SP,
                    "MILLRACE_SSO_GROUPS=" + SignInServers.GROUPS,
                    "MILLRACE_AUTH_FAILURES_ALLOWED=200")); // the tests' wrong passwords all come from 127.0.0.1
            server.start();
            Api admin = server.api();
            Api.Reply ops = admin.post("/v1/admin/workspaces", Json.createObjectBuilder().add("name", "Ops team")
                    .add("orgname", SignInServers.OPS).add("username", "ops-owner").build().toString());
            if (ops.status() != 200) {
                throw new AssertionError("workspace " + SignInServers.OPS + ": " + ops.status() + " " + ops.body());
            }
            JsonObject data = ops.json().getJsonObject("data");
            return new Started(server, directory, keycloak, admin.as(data.getString("api_key")),
                    data.getJsonObject("workspace").getString("id"));
        } catch (IOException e) {
            stopAfterFailure(server, directory, e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) { // not ready: stop what started, or it outlives the run
            stopAfterFailure(server, directory, e);
            throw e;
        }
    }

    private static void stopAfterFailure(ProfileServer server, TestDirectory directory, Throwable failure) {
        RunServers.stopAfterFailure(failure, () -> {
            if (server != null) {
                server.remove();
            }
        }, directory::close);
    }
}
