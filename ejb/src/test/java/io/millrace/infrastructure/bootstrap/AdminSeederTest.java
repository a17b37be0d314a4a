package io.millrace.infrastructure.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.signin.LocalAccount;
import io.millrace.domain.signin.PasswordHash;
import io.millrace.domain.signin.SignInRepository;
import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.InMemoryWorkspaces;
import io.millrace.domain.workspace.User;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminSeederTest {
    private final InMemoryWorkspaces workspaces = new InMemoryWorkspaces();
    private final List<LocalAccount> accounts = new ArrayList<>();
    /** Only {@code add(LocalAccount)} is used by the seeder; any other call fails the test. */
    private final SignInRepository signIns = (SignInRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {SignInRepository.class}, (proxy, method, args) -> {
                if (method.getName().equals("add") && args[0] instanceof LocalAccount account) {
                    accounts.add(account);
                    return null;
                }
                throw new AssertionError("unexpected call " + method);
            });

    @Test
    void anAllowedAdminPasswordLetsTheAdminSignInAndAWeakOneIsIgnored() {
        seed(Map.of("MILLRACE_ADMIN_PASSWORD", "a long console passphrase"));
        assertEquals(1, accounts.size());
        LocalAccount account = accounts.get(0);
        assertEquals(workspaces.users.get(0).id(), account.userId());
        assertTrue(PasswordHash.STANDARD.matches("a long console passphrase", account.passwordHash()));

        InMemoryWorkspaces other = new InMemoryWorkspaces();
        AdminSeeder seeder = new AdminSeeder();
        seeder.workspaces = other;
        seeder.memberships = other;
        seeder.signIns = signIns;
        seeder.env = Map.of("MILLRACE_ADMIN_PASSWORD", "short")::get;
        seeder.seedIfEmpty();
        assertEquals(1, other.users.size(), "the admin is made without the password");
        assertEquals(1, accounts.size(), "a password the policy refuses is not set");
    }

    @Test
    void withoutAPasswordTheAdminHasNoLocalAccount() {
        seed(Map.of());
        assertEquals(List.of(), accounts);
    }

    @Test
    void theFirstStartGivesTheAdminTheConfiguredKeyAndEmail() {
        seed(Map.of("MILLRACE_ADMIN_API_KEY", "k-123", "MILLRACE_ADMIN_EMAIL", " admin@example.com "));
        User admin = workspaces.users.get(0);
        assertEquals("admin", admin.username());
        assertEquals("admin@example.com", admin.email());
        assertEquals(workspaces.userByUsername("admin").orElseThrow(), admin);
        assertEquals(ApiKeys.hash("k-123"), hashOf(admin));
        assertEquals(1, workspaces.projects.size());
        assertEquals(admin, workspaces.owner(admin.workspaceId()).orElseThrow());
    }

    @Test
    void withoutOrWithABadEmailTheAdminHasNone() {
        seed(Map.of());
        assertNull(workspaces.users.get(0).email());
        InMemoryWorkspaces other = new InMemoryWorkspaces();
        AdminSeeder seeder = new AdminSeeder();
        seeder.workspaces = other;
        seeder.memberships = other;
        seeder.env = Map.of("MILLRACE_ADMIN_EMAIL", "not an address")::get;
        seeder.seedIfEmpty();
        assertNull(other.users.get(0).email());
    }

    @Test
    void aDatabaseWithUsersIsLeftAlone() {
        seed(Map.of("MILLRACE_ADMIN_EMAIL", "a@example.com"));
        seed(Map.of("MILLRACE_ADMIN_EMAIL", "b@example.com"));
        assertEquals(1, workspaces.users.size());
        assertEquals("a@example.com", workspaces.users.get(0).email());
    }

    private void seed(Map<String, String> env) {
        AdminSeeder seeder = new AdminSeeder();
        seeder.workspaces = workspaces;
        seeder.memberships = workspaces;
        seeder.signIns = signIns;
        seeder.env = env::get;
        seeder.seedIfEmpty();
    }

    private static String hashOf(User user) {
        try {
            var field = User.class.getDeclaredField("apiKeyHash");
            field.setAccessible(true);
            return (String) field.get(user);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
