package io.millrace.runtime.graal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.function.LongSupplier;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * Whether the heap has room for an allocation a step is about to make: {@code guards.js} asks before every
 * large one (a buffer, typed array, filled array or repeated string of a megabyte or more), so that steps
 * filling the heap together are refused before the JVM runs out, not stopped after. There is room while the
 * heap, with the allocation, stays under {@link #NOW} full, or while it was under {@link #AFTER_GC} full
 * after the last collection (what is in use beyond that is garbage the next collection frees).
 */
final class HeapRoom implements ProxyExecutable {

    static final double NOW = 0.85;
    static final double AFTER_GC = 0.70;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final LongSupplier usedAfterGc;
    private final long max = Runtime.getRuntime().maxMemory();

    /** {@code usedAfterGc}: bytes in use after the last collection, -1 when unknown. */
    HeapRoom(LongSupplier usedAfterGc) {
        this.usedAfterGc = usedAfterGc;
    }

    /** True when {@code bytes} more fit. */
    boolean fits(long bytes) {
        if (max <= 0 || max == Long.MAX_VALUE) {
            return true;
        }
        long used = memory.getHeapMemoryUsage().getUsed();
        if (used + bytes <= NOW * max) {
            return true;
        }
        long afterGc = usedAfterGc.getAsLong();
        return afterGc >= 0 && afterGc + bytes <= AFTER_GC * max;
    }

    /** {@code room(bytes)} for guards.js. */
    @Override
    public Object execute(Value... arguments) {
        double bytes = arguments.length > 0 && arguments[0].isNumber() ? arguments[0].asDouble() : 0;
        return fits((long) Math.min(bytes, Long.MAX_VALUE));
    }
}
