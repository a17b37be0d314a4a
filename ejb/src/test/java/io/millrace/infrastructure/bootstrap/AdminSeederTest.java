package io.millrace.infrastructure.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.InMemoryWorkspaces;
import io.millrace.domain.workspace.User;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminSeederTest {
    private final InMemoryWorkspaces workspaces = new InMemoryWorkspaces();

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
