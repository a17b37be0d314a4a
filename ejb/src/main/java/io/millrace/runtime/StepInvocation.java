package io.millrace.runtime;

import java.time.Instant;

/**
 * What a step needs to run.
 *
 * @param stepName  the step's name; also the source name used in stack traces
 * @param code      the component module source
 * @param propsJson JSON object of the step's configured prop values ("{}" when none)
 * @param stepsJson JSON object of the {@code steps} the step sees: {@code trigger} with
 *                  {@code event} and {@code context}, and one entry per earlier step with its
 *                  exports and {@code $return_value}
 * @param deadline  when the execution's time is up
 */
public record StepInvocation(String stepName, String code, String propsJson, String stepsJson, Instant deadline) {
}
