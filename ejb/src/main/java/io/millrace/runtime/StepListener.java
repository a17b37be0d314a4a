package io.millrace.runtime;

/** Receives what a step does while it runs. */
public interface StepListener {

    /** {@code $.respond(...)} was called. Called on the thread running the step. */
    void respond(HttpReply reply);

    StepListener NONE = reply -> { };
}
