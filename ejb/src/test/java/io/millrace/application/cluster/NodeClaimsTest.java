package io.millrace.application.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeClaimsTest {
    /** A claim table of one row: who holds what; another node holds it for the first {@code busy} tries. */
    static class OneRow extends ClaimWriter {
        final List<String> log = new ArrayList<>();
        int busy;

        @Override
        public boolean claim(String name, String holder, long nowMs, long untilMs) {
            if (busy-- > 0) {
                log.add("busy");
                return false;
            }
            log.add("claimed " + name);
            return true;
        }

        @Override
        public void release(String name, String holder) {
            log.add("released " + name);
        }
    }

    private final OneRow row = new OneRow();
    private final NodeClaims claims = new NodeClaims();

    NodeClaimsTest() {
        claims.node = new ThisNode();
        claims.writer = row;
    }

    @Test
    void theWorkWaitsForTheClaimRunsOnceAndLetsItGo() {
        row.busy = 2;
        claims.alone("first-start", Duration.ofSeconds(10), () -> row.log.add("work"));
        assertEquals(List.of("busy", "busy", "claimed first-start", "work", "released first-start"), row.log);
    }

    @Test
    void theClaimIsLetGoWhenTheWorkFails() {
        assertThrows(IllegalStateException.class, () -> claims.alone("x", Duration.ofSeconds(1), () -> {
            throw new IllegalStateException("broken");
        }));
        assertEquals(List.of("claimed x", "released x"), row.log);
    }

    @Test
    void aLostInsertRaceCountsAsTaken() {
        NodeClaims racing = new NodeClaims();
        racing.node = new ThisNode();
        racing.writer = new OneRow() {
            private boolean first = true;

            @Override
            public boolean claim(String name, String holder, long nowMs, long untilMs) {
                if (first) {
                    first = false;
                    throw new IllegalStateException("duplicate key");
                }
                return super.claim(name, holder, nowMs, untilMs);
            }
        };
        assertEquals("done", racing.alone("x", Duration.ofSeconds(5), () -> "done"));
    }
}
