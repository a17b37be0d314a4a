package io.millrace.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Runs of one execution at once (its parallel branches, its loop items) share its /tmp directory. */
class ExecutionTmpTest {

    @Test
    void runsOfOneExecutionAtOnceShareItsDirectoryWhichGoesWithTheLast() throws Exception {
        String id = "tmp-test-" + System.nanoTime();
        int runs = 8;
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Path>> taken = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                taken.add(pool.submit(() -> {
                    go.await();
                    return ExecutionTmp.acquire(id);
                }));
            }
            go.countDown();
            Set<Path> dirs = new HashSet<>();
            for (Future<Path> f : taken) {
                dirs.add(f.get());
            }
            assertEquals(1, dirs.size(), "one directory: " + dirs);
            Path dir = dirs.iterator().next();
            Files.writeString(dir.resolve("shared.txt"), "x");

            for (int i = 0; i < runs - 1; i++) {
                ExecutionTmp.release(id, dir);
                assertTrue(Files.exists(dir.resolve("shared.txt")), "kept while another run holds it");
            }
            ExecutionTmp.release(id, dir);
            assertFalse(Files.exists(dir), "deleted with the last run");
        } finally {
            pool.shutdownNow();
        }
    }
}
