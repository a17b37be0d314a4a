package io.millrace.orchestrator;

import io.millrace.domain.execution.StepRun;
import io.millrace.domain.workflow.Block;
import io.millrace.domain.workflow.StepSpec;
import io.millrace.shared.JsonText;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When each lane handed out (a parallel branch or loop item, see {@link Orchestrator#handedOut}) may go on, from its
 * stored results alone: the latest time a pause stored directly in the lane is up (a delay block: its end plus its
 * {@code delay_ms}; a step that called {@code $.flow.delay}, {@code $.flow.suspend} or {@code $.flow.rerun}: the
 * {@code until} of its wait), or 0 when nothing in it waits. Results of lanes nested in it count for those lanes.
 * After a crash, a lane's message is sent again for the time left, so a lane that was waiting waits out its time.
 */
public final class LaneWakes {
    private LaneWakes() {
    }

    /** Lane scope (e.g. {@code each/0/}) → epoch milliseconds when it may go on (0: at once), in handed-out order. */
    public static Map<String, Long> of(List<StepSpec> steps, List<StepRun> stored) {
        List<String> scopes = Orchestrator.handedOut(steps, stored);
        Set<String> delayBlocks = new HashSet<>();
        collectDelays(steps, delayBlocks);
        Map<String, Long> wakes = new LinkedHashMap<>();
        scopes.forEach(scope -> wakes.put(scope, 0L));
        for (StepRun run : stored) {
            String scope = laneOf(run.key(), scopes);
            long wake = wakeOf(run, delayBlocks);
            if (scope != null && wake > wakes.get(scope)) {
                wakes.put(scope, wake);
            }
        }
        return wakes;
    }

    /** The innermost lane holding {@code key}, or null. */
    private static String laneOf(String key, List<String> scopes) {
        String found = null;
        for (String scope : scopes) {
            if (key.startsWith(scope) && (found == null || scope.length() > found.length())) {
                found = scope;
            }
        }
        return found;
    }

    private static long wakeOf(StepRun run, Set<String> delayBlocks) {
        if (run.waitJson() != null) {
            JsonNumber until = JsonText.parseObject(run.waitJson()).getJsonNumber("until");
            return until == null ? 0 : until.longValue();
        }
        if (delayBlocks.contains(run.stepName()) && run.exportsJson() != null) {
            JsonObject exports = JsonText.parseObject(run.exportsJson());
            JsonNumber ms = exports.getJsonNumber("delay_ms");
            return ms == null ? 0 : run.finishedAt() + ms.longValue();
        }
        return 0;
    }

    private static void collectDelays(List<StepSpec> steps, Set<String> names) {
        for (StepSpec step : steps) {
            if (step.isBlock()) {
                if (step.block().kind().equals(Block.DELAY)) {
                    names.add(step.name());
                }
                if (step.block().hasSegments()) {
                    step.block().branches().forEach(b -> collectDelays(b.steps(), names));
                }
            }
        }
    }
}
