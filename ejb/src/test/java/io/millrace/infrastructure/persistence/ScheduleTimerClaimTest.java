package io.millrace.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.source.TimerSpec;
import io.millrace.domain.workflow.ScheduleTimer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The claim of a schedule tick, as two server nodes make it: {@link JpaScheduleTimerRepository#claim} in two
 * concurrent transactions on a real database (embedded Derby through EclipseLink), on one timer row. Exactly one
 * wins each tick; the loser's UPDATE waits for the winner's transaction and then matches nothing; a winner that
 * rolls back (its execution could not be stored) leaves the tick to the other.
 */
class ScheduleTimerClaimTest {
    private static final TimerSpec EVERY_MINUTE = new TimerSpec(60, null);
    private static EntityManagerFactory emf;
    private static ExecutorService nodes;

    @BeforeAll
    static void open() {
        emf = Persistence.createEntityManagerFactory("schedule-claims",
                Map.of("eclipselink.persistencexml", "META-INF/schedule-claims.xml"));
        nodes = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void close() {
        nodes.shutdownNow();
        emf.close();
    }

    @Test
    void twoNodesRacingOnEachOfFiftyTicksFireEachTickOnce() throws Exception {
        ScheduleTimer timer = stored("ti_race_0", 1_000_000L);
        long due = timer.nextFireAt();
        for (int tick = 0; tick < 50; tick++) {
            long next = due + 60_000L;
            long claimedDue = due;
            CyclicBarrier start = new CyclicBarrier(2);
            AtomicInteger fired = new AtomicInteger();
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                claims.add(nodes.submit(() -> inTransaction(repo -> {
                    await(start);
                    boolean won = repo.claim("ti_race_0", claimedDue, next);
                    if (won) {
                        fired.incrementAndGet();
                    }
                    return won;
                })));
            }
            int winners = 0;
            for (Future<Boolean> c : claims) {
                winners += c.get(1, TimeUnit.MINUTES) ? 1 : 0;
            }
            assertEquals(1, winners, "tick " + tick);
            assertEquals(1, fired.get(), "tick " + tick);
            due = next;
        }
        ScheduleTimer after = read("ti_race_0");
        assertEquals(due, after.nextFireAt());
        assertEquals(due - 60_000L, after.lastFiredAt());
    }

    @Test
    void theLoserWaitsForTheWinnersTransactionAndAWinnerThatRollsBackLeavesTheTickToTheOther() throws Exception {
        ScheduleTimer timer = stored("ti_wait_0", 2_000_000L);
        long due = timer.nextFireAt();

        EntityManager first = emf.createEntityManager();
        first.getTransaction().begin();
        assertTrue(repo(first).claim("ti_wait_0", due, due + 60_000L));
        AtomicReference<Thread> loser = new AtomicReference<>();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
            loser.set(Thread.currentThread());
            return inTransaction(repo -> repo.claim("ti_wait_0", due, due + 60_000L));
        }, nodes);
        awaitBlocked(loser);
        assertFalse(second.isDone(), "the second claim waits for the first transaction");
        first.getTransaction().rollback();
        first.close();
        assertTrue(second.get(1, TimeUnit.MINUTES), "the first rolled back: the tick is the second's");

        EntityManager third = emf.createEntityManager();
        third.getTransaction().begin();
        assertFalse(repo(third).claim("ti_wait_0", due, due + 60_000L), "a tick is claimed once");
        third.getTransaction().commit();
        third.close();
        assertEquals(due + 60_000L, read("ti_wait_0").nextFireAt());
    }

    private static void awaitBlocked(AtomicReference<Thread> thread) throws InterruptedException {
        while (thread.get() == null || (thread.get().getState() != Thread.State.WAITING
                && thread.get().getState() != Thread.State.TIMED_WAITING)) {
            Thread.onSpinWait();
            Thread.sleep(1);
        }
    }

    private static ScheduleTimer stored(String id, long nowMs) {
        ScheduleTimer timer = new ScheduleTimer(id, "wf_claims", EVERY_MINUTE, nowMs);
        inTransaction(repo -> {
            repo.insert(timer);
            return null;
        });
        return timer;
    }

    private static ScheduleTimer read(String id) {
        EntityManager em = emf.createEntityManager();
        try {
            return repo(em).find(id).orElseThrow();
        } finally {
            em.close();
        }
    }

    private static <T> T inTransaction(java.util.function.Function<JpaScheduleTimerRepository, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(repo(em));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static JpaScheduleTimerRepository repo(EntityManager em) {
        JpaScheduleTimerRepository repo = new JpaScheduleTimerRepository();
        repo.em = em;
        return repo;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
