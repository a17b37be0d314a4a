package io.millrace.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AuditEventTest {
    private static final Target TARGET = new Target("workflow", "p_1");

    @Test
    void theActorAndTargetReadBackAsGiven() {
        Actor actor = new Actor(ActorType.OAUTH_CLIENT, "oa_1", "ci");
        AuditEvent e = new AuditEvent("ae_1", "o_1", 5L, actor, AuditActions.WORKFLOW_DEPLOYED, TARGET, "::1", "{}");
        assertEquals(actor, e.actor());
        assertEquals(TARGET, e.target());
        assertEquals(5L, e.occurredAt());
        assertEquals("oauth_client", ActorType.OAUTH_CLIENT.wireName());
        assertEquals(Actor.system(), new AuditEvent("ae_2", "o_1", 5L, Actor.system(), AuditActions.AUTH_FAILED,
                TARGET, null, null).actor());
    }

    @Test
    void onlyKnownActionsAndSmallDetailsAreStored() {
        assertThrows(IllegalArgumentException.class,
                () -> new AuditEvent("ae_1", "o_1", 0, Actor.system(), "workflow.renamed", TARGET, null, "{}"));
        String big = "{\"x\":\"" + "a".repeat(AuditEvent.DETAILS_MAX) + "\"}";
        assertThrows(IllegalArgumentException.class,
                () -> new AuditEvent("ae_1", "o_1", 0, Actor.system(), AuditActions.WORKFLOW_CREATED, TARGET, null, big));
    }

    @Test
    void aPrefixFilterEndsInADot() {
        assertEquals(true, new AuditFilter("workflow.", null, null, null, null).actionIsPrefix());
        assertEquals(false, new AuditFilter("workflow.created", null, null, null, null).actionIsPrefix());
        assertEquals(false, AuditFilter.NONE.actionIsPrefix());
    }
}
