package io.millrace.runtime;

/**
 * What a step's {@code $.flow.trigger(workflowId, payload)} calls (seed page /workflows/building-workflows/code/nodejs,
 * "Invoke another workflow"): starts another workflow of the same workspace with the payload as its event.
 */
@FunctionalInterface
public interface WorkflowTrigger {
    /** No workflow can be started (a test run, a source). */
    WorkflowTrigger NONE = (target, payloadJson) -> {
        throw new IllegalArgumentException("$.flow.trigger is not available here");
    };

    /**
     * Starts the workflow {@code target} (its id {@code p_…}, or its HTTP endpoint's key or URL) with the JSON
     * {@code payloadJson} as its event, as its execution controls allow.
     *
     * @return the new execution's id
     * @throws IllegalArgumentException with the reason, when it was refused (unknown or another workspace's workflow,
     *                                  its queue is full, the chain of triggers is too deep)
     */
    String trigger(String target, String payloadJson);
}
