package io.millrace.runtime.graal;

/**
 * The resource limits a {@link GraalStepRuntime} enforces on the steps it runs.
 *
 * @param tmpDirCapBytes           the most bytes of files an execution's {@code /tmp} may hold; writes beyond
 *                                 it fail with {@code ENOSPC}
 * @param stepAllocationLimitBytes how many bytes the thread running a step may allocate (garbage included)
 *                                 before the step can be stopped as Out of Memory; 0 or negative disables
 *                                 the memory watchdog
 * @param heapUsedFraction         the fraction (0..1) of the maximum heap that must be in use after the last
 *                                 garbage collection for such a step to be stopped; 0 stops it on the
 *                                 allocation limit alone
 * @param maxResponseBytes         the largest HTTP response body a step may receive
 */
public record RuntimeLimits(long tmpDirCapBytes, long stepAllocationLimitBytes, double heapUsedFraction,
                            long maxResponseBytes) {

    public static final long MB = 1024L * 1024;

    /** 512 MB of /tmp, Out of Memory past 256 MB allocated while the heap is over 70 % full, 64 MB responses. */
    public static final RuntimeLimits DEFAULTS = new RuntimeLimits(512 * MB, 256 * MB, 0.70, 64 * MB);

    public RuntimeLimits {
        if (tmpDirCapBytes <= 0) {
            throw new IllegalArgumentException("tmpDirCapBytes must be positive");
        }
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes must be positive");
        }
        if (!(heapUsedFraction >= 0 && heapUsedFraction <= 1)) {
            throw new IllegalArgumentException("heapUsedFraction must be between 0 and 1");
        }
    }

    /**
     * The most bytes one allocation of a run may take at once (an ArrayBuffer, a typed array, a Buffer, an
     * array filled in one call, a string): the step allocation limit, and at most an eighth of the server's
     * heap, so that no single allocation can take the memory the server's own threads need.
     */
    public long allocationCapBytes() {
        long heapShare = Runtime.getRuntime().maxMemory() / 8;
        return stepAllocationLimitBytes > 0 ? Math.min(stepAllocationLimitBytes, heapShare) : heapShare;
    }

    public RuntimeLimits withTmpDirCap(long bytes) {
        return new RuntimeLimits(bytes, stepAllocationLimitBytes, heapUsedFraction, maxResponseBytes);
    }

    public RuntimeLimits withMemory(long allocationLimitBytes, double heapFraction) {
        return new RuntimeLimits(tmpDirCapBytes, allocationLimitBytes, heapFraction, maxResponseBytes);
    }
}
