package io.millrace.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.workspace.InMemoryWorkspaces;
import io.millrace.domain.workspace.Membership;
import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.User;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailDestinationTest {
    private final InMemoryWorkspaces workspaces = new InMemoryWorkspaces();
    private final List<MailMessage> sent = new ArrayList<>();
    private final EmailDestination destination = new EmailDestination();

    EmailDestinationTest() {
        destination.workspaces = workspaces;
        destination.mail = sent::add;
    }

    @Test
    void mailGoesToTheWorkspacesOwner() {
        workspaces.add(new User("u_b", "member", "member@example.com", "h2", "o_1", false, 2_000));
        workspaces.add(new User("u_a", "owner", "owner@example.com", "h1", "o_1", true, 1_000));
        workspaces.add(new User("u_c", "other", "other@example.com", "h3", "o_2", true, 500));
        workspaces.add(new Membership("m_1", "o_1", "u_b", Role.MEMBER, 2_000));
        workspaces.add(new Membership("m_2", "o_1", "u_a", Role.OWNER, 1_000));
        workspaces.add(new Membership("m_3", "o_2", "u_c", Role.OWNER, 500));
        destination.sendToOwner("o_1", "Your subject", "Plain text email body", "HTML email body");
        assertEquals(List.of(new MailMessage("owner@example.com", "Your subject", "Plain text email body",
                "HTML email body")), sent);
    }

    @Test
    void anOwnerWithoutAnAddressIsAnErrorNamingTheFix() {
        workspaces.add(new User("u_a", "owner", null, "h1", "o_1", true, 1_000));
        workspaces.add(new Membership("m_1", "o_1", "u_a", Role.OWNER, 1_000));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> destination.sendToOwner("o_1", "s", "t", null));
        assertTrue(e.getMessage().contains("PUT /v1/users/me"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> destination.sendToOwner("o_none", "s", "t", null));
        assertEquals(List.of(), sent);
    }

    @Test
    void aMessageNeedsASubjectAndABody() {
        new MailMessage("a@example.com", "s", null, "<p>html only</p>");
        new MailMessage("a@example.com", "s", "text only", null);
        assertThrows(IllegalArgumentException.class, () -> new MailMessage("a@example.com", "", "t", null));
        assertThrows(IllegalArgumentException.class, () -> new MailMessage("a@example.com", null, "t", null));
        assertThrows(IllegalArgumentException.class, () -> new MailMessage("a@example.com", "s", null, null));
        assertThrows(IllegalArgumentException.class, () -> new MailMessage("a@example.com", "two\nlines", "t", null));
        assertThrows(IllegalArgumentException.class, () -> new MailMessage("a@example.com", "s".repeat(999), "t", null));
        assertThrows(IllegalArgumentException.class,
                () -> new MailMessage("a@example.com", "s", "t".repeat(6 * 1024 * 1024 + 1), null));
        assertThrows(IllegalArgumentException.class, () -> new MailMessage(null, "s", "t", null));
    }
}
