package io.millrace.orchestrator;

import io.millrace.domain.workflow.ExecutionControls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which waiting executions of a workflow may start now, under its concurrency (per key value
 * when a key is set) and its fixed-window throttle. Waiting executions are considered in arrival
 * order; an execution never passes an earlier one with the same key. Pure.
 */
public final class Gate {
    private Gate() {
    }

    /** An execution waiting at the gate, with the value of its concurrency key ("" without a key). */
    public record Waiting(String executionId, String key) {
    }

    /**
     * The throttle window: when it started (epoch ms; null when no window is open) and how many
     * executions started in it.
     */
    public record Window(Long start, int count) {
        public static final Window NONE = new Window(null, 0);
    }

    /**
     * @param dispatch executions to start now, in order
     * @param window   the window after those starts
     * @param wakeUpAt when to look again because the throttle holds executions back (epoch ms), or null
     */
    public record Plan(List<String> dispatch, Window window, Long wakeUpAt) {
    }

    /**
     * @param inFlight executions started and not finished, per key value
     */
    public static Plan plan(ExecutionControls controls, long now, Window window, List<Waiting> waiting,
                            Map<String, Integer> inFlight) {
        Integer limit = controls.throttleLimit();
        long interval = controls.throttleIntervalSeconds() * 1000L;
        Window current = limit == null || window.start() == null || now >= window.start() + interval
                ? Window.NONE : window;
        Map<String, Integer> running = new HashMap<>(inFlight);
        Set<String> blocked = new HashSet<>();
        List<String> dispatch = new ArrayList<>();
        Long wakeUpAt = null;
        for (Waiting w : waiting) {
            if (limit != null && current.count() >= limit) {
                wakeUpAt = current.start() == null ? null : current.start() + interval;
                break;
            }
            String key = controls.concurrencyKey() == null ? "" : w.key();
            if (controls.concurrency() != null) {
                if (blocked.contains(key) || running.getOrDefault(key, 0) >= controls.concurrency()) {
                    blocked.add(key);
                    continue;
                }
            }
            dispatch.add(w.executionId());
            running.merge(key, 1, Integer::sum);
            if (limit != null) {
                current = new Window(current.start() == null ? now : current.start(), current.count() + 1);
            }
        }
        return new Plan(dispatch, current, wakeUpAt);
    }
}
