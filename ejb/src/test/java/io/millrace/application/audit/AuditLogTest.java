package io.millrace.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.millrace.domain.audit.Actor;
import io.millrace.domain.audit.ActorType;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.AuditEvent;
import io.millrace.domain.audit.AuditFilter;
import io.millrace.domain.audit.Target;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Jsonp;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.PageRequest;
import jakarta.enterprise.context.ContextNotActiveException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditLogTest {
    private final InMemoryAuditRepository repository = new InMemoryAuditRepository();
    private final RequestOrigin origin = new RequestOrigin();
    private final AuditLog log = new AuditLog();

    AuditLogTest() {
        log.events = repository;
        log.origin = origin;
        log.clock = () -> 1_000L;
    }

    @Test
    void theRequestsCallerAndAddressAreRecorded() {
        origin.from("203.0.113.7");
        origin.identify(new Actor(ActorType.USER, "u_1", "ada"));
        log.record("o_1", AuditActions.WORKFLOW_CREATED, new Target("workflow", "p_1"),
                Jsonp.createObjectBuilder().add("name", "w").build());

        AuditEvent e = repository.stored.get(0);
        assertEquals(new Actor(ActorType.USER, "u_1", "ada"), e.actor());
        assertEquals("203.0.113.7", e.address());
        assertEquals(1_000L, e.occurredAt());
        assertEquals("o_1", e.workspaceId());
        assertEquals(new Target("workflow", "p_1"), e.target());
        assertEquals("{\"name\":\"w\"}", e.details());
    }

    @Test
    void withoutAnAuthenticatedCallerTheActorIsTheSystem() {
        log.record("o_1", AuditActions.WORKFLOW_DELETED, new Target("workflow", "p_1"), null);
        assertEquals(Actor.system(), repository.stored.get(0).actor());
        assertNull(repository.stored.get(0).address());
        assertEquals("{}", repository.stored.get(0).details());
    }

    @Test
    void outsideARequestContextTheActorIsTheSystem() {
        log.origin = new RequestOrigin() {
            @Override
            public Actor actor() {
                throw new ContextNotActiveException();
            }
        };
        log.record("o_1", AuditActions.ENV_VAR_DELETED, new Target("env_var", "ev_1"), null);
        assertEquals(ActorType.SYSTEM, repository.stored.get(0).actor().type());
    }

    @Test
    void anExplicitActorWinsOverTheRequest() {
        origin.from("198.51.100.1");
        Actor client = new Actor(ActorType.OAUTH_CLIENT, "oa_1", "ci");
        log.record(client, "o_1", AuditActions.AUTH_FAILED, new Target("oauth_client", "oa_1"), null);
        assertEquals(client, repository.stored.get(0).actor());
        assertEquals("198.51.100.1", repository.stored.get(0).address());
    }

    @Test
    void anUnknownActionIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> log.record("o_1", "workflow.exploded", new Target("workflow", "p_1"), null));
    }

    @Test
    void onlyTheCallersOwnWorkspaceCanBeRead() {
        AuditQueries queries = new AuditQueries();
        queries.events = repository;
        log.record("o_1", AuditActions.WEBHOOK_CREATED, new Target("webhook", "wh_1"), null);
        log.record("o_2", AuditActions.WEBHOOK_CREATED, new Target("webhook", "wh_2"), null);
        User admin = new User("u_1", "ada", null, "", "o_1", true, 0);

        assertEquals(List.of("wh_1"), queries.list(admin, "o_1", AuditFilter.NONE, new PageRequest(10, null, null))
                .items().stream().map(v -> v.target().id()).toList());
        assertThrows(NotFoundException.class,
                () -> queries.list(admin, "o_2", AuditFilter.NONE, new PageRequest(10, null, null)));
    }

    @Test
    void retentionDeletesOnlyOlderEventsInChunks() {
        for (int i = 0; i < AuditPurgeWriter.CHUNK + 3; i++) {
            log.clock = () -> 10L;
            log.record("o_1", AuditActions.WORKFLOW_CREATED, new Target("workflow", "p_" + i), null);
        }
        long now = 400 * 86_400_000L;
        log.clock = () -> now;
        log.record("o_1", AuditActions.WORKFLOW_CREATED, new Target("workflow", "p_new"), null);
        AuditPurgeWriter writer = new AuditPurgeWriter();
        writer.events = repository;
        AuditRetention retention = new AuditRetention();
        retention.writer = writer;
        retention.retentionDays = 365;

        assertEquals(AuditPurgeWriter.CHUNK + 3, retention.purgeExpired(now));
        assertEquals(List.of("p_new"), repository.stored.stream().map(e -> e.target().id()).toList());
    }
}
