package io.millrace.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.InMemoryApiKeys;
import io.millrace.domain.workspace.InMemoryWorkspaces;
import io.millrace.domain.workspace.User;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Named API keys: create, list, rotate, revoke, the key from before, and authentication with them. */
class ApiKeyAccountsTest {
    private final java.util.List<String> audited = new java.util.ArrayList<>();
    private final InMemoryWorkspaces workspaces = new InMemoryWorkspaces();
    private final InMemoryApiKeys keys = new InMemoryApiKeys(workspaces);
    private final ApiKeyAccounts accounts = new ApiKeyAccounts();
    private final Authentication authentication = new Authentication();
    private final User ada = new User("u_ada", "ada", null, ApiKeys.hash("mr_adas_old_key_0123456789"), "o_1", false, 5);
    private final User bob = new User("u_bob", "bob", null, ApiKeys.hash("mr_bobs_old_key_0123456789"), "o_1", false, 6);

    ApiKeyAccountsTest() {
        workspaces.add(ada);
        workspaces.add(bob);
        ApiKeyWriter writer = new ApiKeyWriter();
        writer.keys = keys;
        writer.workspaces = workspaces;
        writer.audit = new io.millrace.application.audit.AuditLog() {
            @Override
            public void record(String workspaceId, String action, io.millrace.domain.audit.Target target,
                               jakarta.json.JsonObject details) {
                audited.add(action + " " + target.id() + " " + details);
            }
        };
        accounts.keys = keys;
        accounts.workspaces = workspaces;
        accounts.writer = writer;
        authentication.workspaces = workspaces;
        authentication.apiKeys = keys;
        authentication.keyWriter = writer;
        authentication.tokens = new OAuthTokens() {
            @Override
            public java.util.Optional<User> caller(String bearer) {
                return java.util.Optional.empty();
            }
        };
        authentication.throttle = new CredentialThrottle(Clock.systemUTC(),
                new CredentialThrottle.Limits(100, Duration.ofMinutes(15)));
    }

    @Test
    void theKeyFromBeforeBecomesDefaultAndKeepsWorking() {
        assertEquals("u_ada", userOf("mr_adas_old_key_0123456789"));
        List<ApiKeyView> list = accounts.list(ada);
        assertEquals(1, list.size());
        assertEquals(ApiKeys.MIGRATED_NAME, list.get(0).name());
        assertNotNull(list.get(0).lastUsedAt());
        assertEquals("mr_ad…89", list.get(0).hint());
        assertTrue(ada.legacyApiKeyHash().isEmpty());
        assertEquals("u_ada", userOf("mr_adas_old_key_0123456789"), "still works as a named key");
        assertEquals(1, accounts.list(ada).size(), "moved once");
    }

    @Test
    void listingMovesTheKeyFromBeforeWithoutAHint() {
        List<ApiKeyView> list = accounts.list(bob);
        assertEquals(1, list.size());
        assertNull(list.get(0).hint());
        assertNull(list.get(0).lastUsedAt());
        assertEquals("u_bob", userOf("mr_bobs_old_key_0123456789"));
        assertNotNull(accounts.list(bob).get(0).hint(), "the first use fills the hint in");
    }

    @Test
    void createdKeysAreShownOnceAndWork() {
        ApiKeyView ci = accounts.create(ada, name("ci"));
        ApiKeyView laptop = accounts.create(ada, name("laptop"));
        assertTrue(ci.apiKey().startsWith("mr_"));
        assertEquals("u_ada", userOf(ci.apiKey()));
        assertEquals("u_ada", userOf(laptop.apiKey()));
        List<ApiKeyView> list = accounts.list(ada);
        assertEquals("default", list.get(0).name(), "oldest first: the migrated key was there before");
        assertEquals(java.util.Set.of("ci", "laptop"), list.stream().skip(1).map(ApiKeyView::name)
                .collect(java.util.stream.Collectors.toSet()), "keys made in the same millisecond have no order");
        assertTrue(list.stream().allMatch(k -> k.apiKey() == null));
        assertTrue(keys.keys.stream().noneMatch(k -> k.keyHash().equals(ci.apiKey())), "stored hashed");
    }

    @Test
    void rotatingKeepsIdAndNameAndStopsTheOldSecret() {
        ApiKeyView ci = accounts.create(ada, name("ci"));
        ApiKeyView rotated = accounts.rotate(ada, ci.id());
        assertEquals(ci.id(), rotated.id());
        assertEquals("ci", rotated.name());
        assertNotEquals(ci.apiKey(), rotated.apiKey());
        assertNull(userOf(ci.apiKey()));
        assertEquals("u_ada", userOf(rotated.apiKey()));
        accounts.revoke(ada, "u_ada", ci.id());
        assertEquals(List.of("api_key.created", "api_key.rotated", "api_key.revoked"),
                audited.stream().map(line -> line.split(" ")[0]).toList(), "each change is audited");
        assertTrue(audited.stream().allMatch(line -> line.contains(ci.id()) && line.contains("\"name\":\"ci\"")),
                audited.toString());
        assertTrue(audited.stream().noneMatch(line -> line.contains(ci.apiKey()) || line.contains(rotated.apiKey())),
                "never a secret: " + audited);
    }

    @Test
    void revokedKeysStopWorkingAndOtherUsersKeysAre404() {
        ApiKeyView ci = accounts.create(ada, name("ci"));
        assertThrows(NotFoundException.class, () -> accounts.rotate(bob, ci.id()));
        assertThrows(NotFoundException.class, () -> accounts.revoke(bob, "u_bob", ci.id()));
        accounts.revoke(ada, "u_ada", ci.id());
        assertNull(userOf(ci.apiKey()));
        assertThrows(NotFoundException.class, () -> accounts.revoke(ada, "u_ada", ci.id()));
    }

    @Test
    void aUserKeepsItsLastKeyButAnAdministratorMayRevokeIt() {
        String only = accounts.list(ada).get(0).id();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> accounts.revoke(ada, "u_ada", only));
        assertEquals("key_id", e.field());
        accounts.revoke(bob, "u_ada", only);
        assertNull(userOf("mr_adas_old_key_0123456789"));
        assertThrows(NotFoundException.class, () -> accounts.listOf("u_nobody"));
    }

    @Test
    void fiftyKeysAtMost() {
        for (int i = 1; i < ApiKeys.PER_USER_MAX; i++) { // plus "default"
            accounts.create(ada, name("k" + i));
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> accounts.create(ada, name("one more")));
        assertEquals("name", e.field());
    }

    private String userOf(String key) {
        return authentication.authenticate(key, "10.0.0.1").map(a -> a.user().id()).orElse(null);
    }

    private static JsonValue name(String name) {
        return Json.createObjectBuilder().add("name", name).build();
    }
}
