package io.millrace.runtime.graal;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import io.millrace.shared.memory.OutOfMemoryAlarm;

/**
 * Stops steps that use too much memory. Community GraalJS has no per-context heap limit, so this
 * watches two things instead, every {@link #PERIOD_MILLIS} ms on the runtime's scheduler:
 * <ul>
 *   <li>how many bytes the thread running each step has allocated since the step started
 *       ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}); garbage counts too, as
 *       nothing tells which of a thread's allocations are still alive;</li>
 *   <li>how full the heap was after the last garbage collection (from the JVM's GC notifications,
 *       or, without them, the heap pools' collection usage), and how full it is now.</li>
 * </ul>
 * {@link MemoryJudge} decides from these numbers which steps are reported (their contexts are then
 * cancelled). Single allocations too large for this to catch in time are refused before they happen
 * ({@code guards.js}, and the engine's string length limit: see {@link RuntimeLimits#allocationCapBytes}).
 */
final class MemoryWatchdog implements AutoCloseable {

    static final long PERIOD_MILLIS = 20;

    private static final Logger LOG = Logger.getLogger(MemoryWatchdog.class.getName());

    /** A step being watched; closing it stops watching. */
    final class Watch implements AutoCloseable {
        private final long threadId;
        private final long startBytes;
        private final Consumer<String> onExceeded;
        private volatile boolean fired;

        private Watch(long threadId, long startBytes, Consumer<String> onExceeded) {
            this.threadId = threadId;
            this.startBytes = startBytes;
            this.onExceeded = onExceeded;
        }

        /** Bytes the step's thread allocated since the step started (-1 when unknown). */
        long allocated() {
            long now = allocatedBytes(threadId);
            return now < 0 ? -1 : now - startBytes;
        }

        @Override
        public void close() {
            watches.remove(this);
        }
    }

    private final long allocationLimit;
    private final double heapFraction;
    private final MemoryJudge judge;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final com.sun.management.ThreadMXBean threads;
    private final List<Watch> watches = new CopyOnWriteArrayList<>();
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final Set<String> heapPools;
    private final long maxHeap;
    private final AtomicLong collections = new AtomicLong();
    private volatile long usedAfterLastGc = -1;
    private long collectionsAtLastStop = -1;
    private final ScheduledFuture<?> sampler;

    /**
     * Watches with the given limits (see {@link RuntimeLimits}); does nothing when
     * {@code allocationLimit <= 0} or the JVM cannot measure per-thread allocation.
     */
    MemoryWatchdog(ScheduledExecutorService scheduler, long allocationLimit, double heapFraction) {
        this.allocationLimit = allocationLimit;
        this.heapFraction = heapFraction;
        this.judge = new MemoryJudge(allocationLimit, heapFraction);
        this.threads = allocationLimit > 0 ? threadBean() : null;
        this.heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
        this.maxHeap = Runtime.getRuntime().maxMemory();
        if (threads != null && heapFraction > 0) {
            subscribeToCollections();
        }
        this.sampler = threads == null ? null
                : scheduler.scheduleWithFixedDelay(this::sample, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** True when steps can be stopped for their memory use. */
    boolean active() {
        return sampler != null;
    }

    /**
     * Watches the step the current thread is about to run. {@code onExceeded} is called, once, from
     * the scheduler's thread, with a message saying why, when the step is to be stopped.
     */
    Watch watch(Consumer<String> onExceeded) {
        long id = Thread.currentThread().getId();
        Watch watch = new Watch(id, Math.max(0, allocatedBytes(id)), onExceeded);
        if (active()) {
            watches.add(watch);
        }
        return watch;
    }

    /**
     * One look at the running steps: every {@link #PERIOD_MILLIS} ms on the scheduler, and right after each
     * garbage collection (on the JVM's notification thread), when the heap's live size is newly known.
     */
    synchronized void sample() {
        try {
            List<Watch> running = List.copyOf(watches);
            if (running.isEmpty()) {
                return;
            }
            long gcCount = collections.get();
            long[] allocated = new long[running.size()];
            for (int i = 0; i < allocated.length; i++) {
                allocated[i] = running.get(i).fired ? -1 : running.get(i).allocated();
            }
            MemoryJudge.Heap heap = new MemoryJudge.Heap(heapFraction > 0 ? heapUsedAfterGc() : -1, heapUsedNow(),
                    maxHeap, unsubscribe.isEmpty() || gcCount != collectionsAtLastStop);
            for (MemoryJudge.Stop stop : judge.judge(allocated, heap)) {
                Watch watch = running.get(stop.index());
                watch.fired = true;
                collectionsAtLastStop = gcCount;
                watch.close();
                watch.onExceeded.accept(message(stop, heap));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the step memory watchdog failed", e);
        } catch (OutOfMemoryError e) {
            // caught so that this periodic task goes on (an error thrown from it would end it for good)
            OutOfMemoryAlarm.check("the step memory watchdog", e);
        }
    }

    private String message(MemoryJudge.Stop stop, MemoryJudge.Heap heap) {
        String allocated = stop.allocated() / RuntimeLimits.MB + " MB";
        String full = Math.round(100 * Math.max(heap.afterGcShare(), heap.usedShare())) + "% full";
        String why = stop.allocated() > allocationLimit
                ? "it allocated " + allocated + ", more than the limit of " + allocationLimit / RuntimeLimits.MB + " MB"
                : "it allocated " + allocated + ", the most of the steps running";
        String heapNote = heapFraction > 0 && maxHeap > 0 ? " while the server's memory was " + full : "";
        return "the step used too much memory and was stopped: " + why + heapNote + ". " + StepErrors.ADVICE;
    }

    /** Bytes of heap in use now (live data and garbage not yet collected). */
    private long heapUsedNow() {
        try {
            return memory.getHeapMemoryUsage().getUsed();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Bytes of heap in use after the last collection (the live data then), or -1 before the first. */
    long heapUsedAfterGc() {
        long afterGc = usedAfterLastGc;
        if (afterGc >= 0) {
            return afterGc;
        }
        long total = 0;
        boolean known = false;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (usage != null) {
                total += usage.getUsed();
                known = true;
            }
        }
        return known ? total : -1;
    }

    private long allocatedBytes(long threadId) {
        try {
            return threads == null ? -1 : threads.getThreadAllocatedBytes(threadId);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private void subscribeToCollections() {
        NotificationListener listener = this::collected;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.addNotificationListener(listener, null, null);
                    unsubscribe.add(() -> {
                        try {
                            emitter.removeNotificationListener(listener);
                        } catch (Exception ignored) {
                            // already gone
                        }
                    });
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "cannot listen to " + gc.getName(), e);
                }
            }
        }
    }

    private void collected(Notification notification, Object handback) {
        try {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.isEmpty() || heapPools.contains(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            usedAfterLastGc = used;
            collections.incrementAndGet();
            sample();
        } catch (RuntimeException | LinkageError e) {
            // not a HotSpot-style notification: fall back on the pools' collection usage
            collections.incrementAndGet();
        }
    }

    private static com.sun.management.ThreadMXBean threadBean() {
        try {
            ThreadMXBean bean = ManagementFactory.getThreadMXBean();
            if (bean instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()) {
                if (!sun.isThreadAllocatedMemoryEnabled()) {
                    sun.setThreadAllocatedMemoryEnabled(true);
                }
                return sun;
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "per-thread allocation cannot be measured", e);
        }
        LOG.warning("this JVM cannot measure per-thread allocation: steps will not be stopped for using too much memory");
        return null;
    }

    @Override
    public void close() {
        if (sampler != null) {
            sampler.cancel(false);
        }
        unsubscribe.forEach(Runnable::run);
        watches.clear();
    }
}
