package io.millrace.orchestrator;

import io.millrace.domain.workflow.Block;
import io.millrace.domain.workflow.StepSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The positions of a definition's results, depth first: a step, filter, end-workflow or delay block takes one; a
 * block with segments takes one for its start phase, then its steps', then one for its end phase. A workflow
 * without blocks keeps its steps' positions 0, 1, 2, ...; the items of a loop share their steps' positions.
 */
final class Slots {
    private final Map<String, Integer> start = new HashMap<>();
    private final Map<String, Integer> end = new HashMap<>();
    private int next;

    Slots(List<StepSpec> steps) {
        number(steps);
    }

    private void number(List<StepSpec> steps) {
        for (StepSpec step : steps) {
            start.put(step.name(), next++);
            if (step.isBlock() && step.block().hasSegments()) {
                for (Block.Branch branch : step.block().branches()) {
                    number(branch.steps());
                }
                end.put(step.name(), next++);
            }
        }
    }

    /** The position of a step, or of a block's start phase. */
    int of(String name) {
        return start.get(name);
    }

    /** The position of a block's end phase. */
    int endOf(String name) {
        return end.get(name);
    }
}
