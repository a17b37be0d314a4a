package io.millrace.domain.replay;

/**
 * How far a replay job got: the rate of its latest run (items handled per second since it last started) and, while
 * it runs, when it should end at that rate.
 *
 * @param ratePerSecond   items handled per second in the latest run; 0 before anything was handled
 * @param estimatedEndAt  epoch ms; null when the job is not running or nothing was handled yet
 */
public record ReplayProgress(double ratePerSecond, Long estimatedEndAt) {
    /**
     * @param total          items in the selection
     * @param handled        items handled in all runs
     * @param handledThisRun items handled since the latest start
     * @param elapsedMs      how long the latest run has lasted (until it ended, or until now)
     * @param running        whether it still runs
     */
    public static ReplayProgress of(int total, int handled, int handledThisRun, long elapsedMs, boolean running,
                                    long now) {
        double rate = elapsedMs <= 0 || handledThisRun <= 0 ? 0 : handledThisRun * 1000.0 / elapsedMs;
        rate = Math.round(rate * 100) / 100.0;
        Long end = null;
        if (running && handledThisRun > 0 && elapsedMs > 0) {
            long left = Math.max(0, total - handled);
            end = now + Math.round(left * (double) elapsedMs / handledThisRun);
        }
        return new ReplayProgress(rate, end);
    }
}
