package io.millrace.orchestrator;

/**
 * What the orchestrator needs of an execution besides its definition and stored results, to decide blocks: its id
 * (for the results it records) and the trigger's event and context as JSON text (the rules read {@code steps}).
 */
public record FlowInput(String executionId, String eventJson, String contextJson) {
    /** For linear workflows, which need none of it. */
    public static final FlowInput NONE = new FlowInput("", "{}", "{}");

    public FlowInput {
        eventJson = eventJson == null ? "null" : eventJson;
        contextJson = contextJson == null ? "{}" : contextJson;
    }
}
