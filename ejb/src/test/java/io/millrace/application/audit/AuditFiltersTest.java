package io.millrace.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.audit.AuditFilter;
import io.millrace.shared.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditFiltersTest {
    @Test
    void timesAreIso8601InstantsOffsetsOrDates() {
        AuditFilter f = AuditFilters.parse(null, null, null, "2026-12-07T10:15:30Z", "2026-12-08");
        assertEquals(Instant.parse("2026-12-07T10:15:30Z").toEpochMilli(), f.since());
        assertEquals(Instant.parse("2026-12-08T00:00:00Z").toEpochMilli(), f.until());
        assertEquals(Instant.parse("2026-12-07T09:15:30Z").toEpochMilli(),
                AuditFilters.parse(null, null, null, "2026-12-07T10:15:30+01:00", null).since());
    }

    @Test
    void aBadTimeIsA400NamingItsParameter() {
        for (String bad : new String[] {"yesterday", "2026-13-01", "1700000000", "2026-12-07T10:15:30", "\u0000"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> AuditFilters.parse(null, null, null, bad, null));
            assertEquals("since", e.field());
        }
        assertEquals("until", assertThrows(InvalidInputException.class,
                () -> AuditFilters.parse(null, null, null, null, "soon")).field());
        assertEquals("until", assertThrows(InvalidInputException.class,
                () -> AuditFilters.parse(null, null, null, "2026-12-08", "2026-12-07")).field());
    }

    @Test
    void anActionIsANameOrAPrefixEndingInADot() {
        assertTrue(AuditFilters.parse("workflow.", null, null, null, null).actionIsPrefix());
        AuditFilter exact = AuditFilters.parse("workflow.deployed", null, null, null, null);
        assertEquals("workflow.deployed", exact.action());
        assertEquals(false, exact.actionIsPrefix());
        for (String bad : new String[] {"workflow.%", "WORKFLOW", "a.b.c", "x'--", "workflow.\u202e"}) {
            assertEquals("action", assertThrows(InvalidInputException.class,
                    () -> AuditFilters.parse(bad, null, null, null, null)).field());
        }
    }

    @Test
    void idsAreCheckedAndBlankValuesDoNotFilter() {
        AuditFilter f = AuditFilters.parse("", "", "", "", "");
        assertNull(f.action());
        assertNull(f.actorId());
        assertNull(f.since());
        assertEquals("u_1", AuditFilters.parse(null, "u_1", null, null, null).actorId());
        assertEquals("actor_id", assertThrows(InvalidInputException.class,
                () -> AuditFilters.parse(null, "u\u0000", null, null, null)).field());
        assertEquals("target_id", assertThrows(InvalidInputException.class,
                () -> AuditFilters.parse(null, null, "x".repeat(65), null, null)).field());
    }
}
