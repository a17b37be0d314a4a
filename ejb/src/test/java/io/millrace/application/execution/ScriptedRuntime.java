package io.millrace.application.execution;

import io.millrace.runtime.EmailRequest;
import io.millrace.runtime.Emission;
import io.millrace.runtime.StepError;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.FlowWait;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.StepRuntime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A step runtime that plays a script: for each step name, what its runs do in turn (the last one repeats).
 * It logs the steps it ran and their invocations, and counts sessions.
 */
final class ScriptedRuntime implements StepRuntime {

    /** What one run of a step does. */
    interface Behaviour {
        StepOutcome run(StepInvocation invocation, StepListener listener);
    }

    /** The server dies while the step runs: nothing after it happens, nothing uncommitted survives. */
    static final class Crash extends Error {
        Crash() {
            super("simulated crash");
        }
    }

    private final Map<String, Deque<Behaviour>> script = new HashMap<>();
    final List<String> ran = new ArrayList<>();
    final List<StepInvocation> invocations = new ArrayList<>();
    int sessionsOpened;
    int sessionsClosed;
    /** What a step without a script does. */
    Behaviour unscripted = pure("null");

    ScriptedRuntime on(String step, Behaviour... behaviours) {
        script.put(step, new ArrayDeque<>(List.of(behaviours)));
        return this;
    }

    @Override
    public void validate(String stepName, String code) {
    }

    @Override
    public StepOutcome run(StepInvocation invocation, StepListener listener) {
        ran.add(invocation.stepName());
        invocations.add(invocation);
        Deque<Behaviour> next = script.get(invocation.stepName());
        Behaviour behaviour = next == null ? unscripted : next.size() > 1 ? next.poll() : next.peek();
        return behaviour.run(invocation, listener);
    }

    @Override
    public Session session() {
        sessionsOpened++;
        return new Session() {
            @Override
            public StepOutcome run(StepInvocation invocation, StepListener listener) {
                return ScriptedRuntime.this.run(invocation, listener);
            }

            @Override
            public void close() {
                sessionsClosed++;
            }
        };
    }

    /** The invocation of the {@code n}th step run (0-based). */
    StepInvocation invocation(int n) {
        return invocations.get(n);
    }

    /** Returns {@code returnJson}; no effects beyond its result. */
    static Behaviour pure(String returnJson) {
        return (invocation, listener) -> outcome(returnJson, null, null, null, List.of(), List.of(), false);
    }

    /** Returns {@code returnJson} after an effect (an HTTP request, a file ...). */
    static Behaviour withEffects(String returnJson) {
        return (invocation, listener) -> outcome(returnJson, null, null, null, List.of(), List.of(), true);
    }

    /** Throws an error named {@code name} (after an effect, as a failed HTTP call would). */
    static Behaviour fails(String name, String message) {
        return (invocation, listener) -> outcome(null, new StepError(name, message, name + ": " + message), null,
                null, List.of(), List.of(), true);
    }

    /** Calls {@code $.flow.delay(ms)}. */
    static Behaviour delays(long ms) {
        return (invocation, listener) -> outcome(null, null, null, ms, List.of(), List.of(), false);
    }

    /** Calls {@code $.flow.delay(ms)} and then {@code $.flow.exit(reason)}. */
    static Behaviour delaysAndExits(long ms, String reason) {
        return (invocation, listener) -> outcome(null, null, reason, ms, List.of(), List.of(), false);
    }

    /** Calls {@code $.flow.suspend(ms)} or {@code $.flow.rerun(ms, context)}: pauses as {@code pause} says. */
    static Behaviour pauses(long ms, FlowWait pause) {
        return (invocation, listener) -> new StepOutcome(null, "{}", List.of(), null, false, null, List.of(), List.of(),
                ms, false, pause, List.of(), List.of());
    }

    /** Returns what the run sees of a rerun ({@code $.context.run}'s context and callback_request), or null. */
    static Behaviour returnsRerunInfo() {
        return (invocation, listener) -> outcome(invocation.run().rerunJson() == null ? "null" : invocation.run().rerunJson(),
                null, null, null, List.of(), List.of(), false);
    }

    /** Calls {@code $.flow.exit(reason)}. */
    static Behaviour exits(String reason) {
        return (invocation, listener) -> outcome(null, null, reason, null, List.of(), List.of(), false);
    }

    /** Calls {@code $.send.emit(event)} and {@code $.send.email(...)}. */
    static Behaviour sends(String eventJson, EmailRequest email) {
        return (invocation, listener) -> outcome(null, null, null, null,
                List.of(new Emission(eventJson, null, null, null, null)), List.of(email), false);
    }

    /** Returns {@code returnJson} and calls {@code $.send.emit(event)} and {@code $.send.email(...)}. */
    static Behaviour returnsAndSends(String returnJson, String eventJson, EmailRequest email) {
        return (invocation, listener) -> outcome(returnJson, null, null, null,
                List.of(new Emission(eventJson, null, null, null, null)), List.of(email), false);
    }

    /** The server dies while the step runs. */
    static Behaviour crashes() {
        return (invocation, listener) -> {
            throw new Crash();
        };
    }

    private static StepOutcome outcome(String returnJson, StepError error, String exitReason, Long delayMillis,
                                       List<Emission> emissions, List<EmailRequest> emails, boolean effects) {
        return new StepOutcome(returnJson, "{}", List.of(), error, false, exitReason, emissions, emails, delayMillis,
                effects);
    }
}
