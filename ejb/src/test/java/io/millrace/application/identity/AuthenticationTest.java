package io.millrace.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.auth.AccessToken;
import io.millrace.domain.auth.OAuthClient;
import io.millrace.domain.auth.OAuthRepository;
import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.InMemoryWorkspaces;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bearer credentials under the throttle of the caller's address. */
class AuthenticationTest {
    private final Authentication authentication = new Authentication();

    AuthenticationTest() {
        User ada = new User("u_1", "ada", null, ApiKeys.hash("mr_right"), "o_1", false, 0);
        authentication.workspaces = new InMemoryWorkspaces() {
            @Override
            public Optional<User> userByApiKeyHash(String apiKeyHash) {
                return apiKeyHash.equals(ApiKeys.hash("mr_right")) ? Optional.of(ada) : Optional.empty();
            }
        };
        authentication.apiKeys = new io.millrace.domain.workspace.InMemoryApiKeys(
                new io.millrace.domain.workspace.InMemoryWorkspaces());
        authentication.keyWriter = new ApiKeyWriter() {
            @Override
            public Optional<io.millrace.domain.workspace.ApiKey> adoptLegacy(String userId, String apiKey, Long usedAt) {
                return Optional.empty();
            }
        };
        authentication.tokens = new OAuthTokens();
        authentication.tokens.oauth = new NoOAuth();
        authentication.throttle = new CredentialThrottle(Clock.systemUTC(),
                new CredentialThrottle.Limits(2, Duration.ofMinutes(15)));
    }

    @Test
    void wrongCredentialsBeyondTheAllowanceMakeTheAddressWaitButNotAKnownCaller() {
        assertEquals("u_1", authentication.authenticate("mr_right", "10.0.0.1").orElseThrow().user().id());
        assertTrue(authentication.authenticate("mr_wrong1", "10.0.0.1").isEmpty());
        assertTrue(authentication.authenticate("mr_wrong2", "10.0.0.1").isEmpty());
        TooManyFailuresException slowed = assertThrows(TooManyFailuresException.class,
                () -> authentication.authenticate("mr_wrong3", "10.0.0.1"));
        assertEquals(1, slowed.retryAfterSeconds());
        assertEquals("too many failed credentials from your address: retry after 1 second", slowed.getMessage());
        assertThrows(TooManyFailuresException.class, () -> authentication.authenticate("mr_right_not", "10.0.0.1"));
        assertTrue(authentication.authenticate("mr_right", "10.0.0.1").isPresent(), "the known caller goes on");
        assertTrue(authentication.authenticate("mr_wrong1", "10.0.0.2").isEmpty(), "another address: a plain 401");
        assertTrue(authentication.authenticate("", "10.0.0.1").isEmpty(), "no credential is no failure");
    }

    /** No OAuth clients or tokens. */
    private static final class NoOAuth implements OAuthRepository {
        /** Authentication only reads clients and tokens; a write here would be a new dependency of it. */
        private static UnsupportedOperationException unused() {
            return new UnsupportedOperationException("authentication does not change OAuth clients or tokens");
        }
        @Override
        public Optional<OAuthClient> client(String clientId) {
            return Optional.empty();
        }

        @Override
        public Page<OAuthClient> clients(String workspaceId, PageRequest page) {
            throw unused();
        }

        @Override
        public void add(OAuthClient client) {
            throw unused();
        }

        @Override
        public void remove(OAuthClient client) {
            throw unused();
        }

        @Override
        public Optional<AccessToken> token(String tokenHash) {
            return Optional.empty();
        }

        @Override
        public void add(AccessToken token) {
            throw unused();
        }

        @Override
        public void remove(AccessToken token) {
            throw unused();
        }

        @Override
        public int removeTokensOf(String clientId) {
            throw unused();
        }

        @Override
        public int removeExpiredTokensOf(String clientId, long now) {
            throw unused();
        }
    }
}
