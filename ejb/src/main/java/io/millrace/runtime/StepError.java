package io.millrace.runtime;

/** An error thrown by a step: name (e.g. TypeError), message, and a stack naming the step and line. */
public record StepError(String name, String message, String stack) {
}
