package io.millrace.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.millrace.shared.JsonText;
import io.millrace.domain.workflow.ExecutionControls;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateTest {
    private static final long NOW = 1_000_000L;

    private static ExecutionControls controls(String settings) {
        return ExecutionControls.of(JsonText.parseObject(settings));
    }

    private static List<Gate.Waiting> waiting(String... idAndKey) {
        return java.util.Arrays.stream(idAndKey).map(s -> new Gate.Waiting(s, s.substring(0, 1))).toList();
    }

    @Test
    void concurrencyOneLetsOnlyTheOldestGoAndNothingWhileOneRuns() {
        ExecutionControls c = controls("{\"concurrency\":1}");
        assertEquals(List.of("a1"), Gate.plan(c, NOW, Gate.Window.NONE, waiting("a1", "a2"), Map.of()).dispatch());
        assertEquals(List.of(), Gate.plan(c, NOW, Gate.Window.NONE, waiting("a1", "a2"), Map.of("", 1)).dispatch());
    }

    @Test
    void concurrencyNFillsUpToN() {
        ExecutionControls c = controls("{\"concurrency\":3}");
        assertEquals(List.of("a1", "a2"),
                Gate.plan(c, NOW, Gate.Window.NONE, waiting("a1", "a2", "a3"), Map.of("", 1)).dispatch());
    }

    @Test
    void aConcurrencyKeyGatesEachValueSeparatelyAndKeepsOrderWithinAKey() {
        ExecutionControls c = controls("{\"concurrency\":1,\"concurrency_key\":\"steps.trigger.event.body.c\"}");
        Gate.Plan plan = Gate.plan(c, NOW, Gate.Window.NONE, waiting("a1", "a2", "b1", "c1", "b2"), Map.of("c", 1));
        assertEquals(List.of("a1", "b1"), plan.dispatch());
    }

    @Test
    void aThrottleStartsItsWindowAtTheFirstStartAndCountsWithinIt() {
        ExecutionControls c = controls("{\"throttle\":{\"limit\":2,\"interval_seconds\":60}}");
        Gate.Plan first = Gate.plan(c, NOW, Gate.Window.NONE, waiting("a1", "a2", "a3"), Map.of());
        assertEquals(List.of("a1", "a2"), first.dispatch());
        assertEquals(new Gate.Window(NOW, 2), first.window());
        assertEquals(NOW + 60_000, first.wakeUpAt());

        Gate.Plan sameWindow = Gate.plan(c, NOW + 59_999, first.window(), waiting("a3"), Map.of());
        assertEquals(List.of(), sameWindow.dispatch());
        Gate.Plan nextWindow = Gate.plan(c, NOW + 60_000, first.window(), waiting("a3"), Map.of());
        assertEquals(List.of("a3"), nextWindow.dispatch());
        assertEquals(new Gate.Window(NOW + 60_000, 1), nextWindow.window());
        assertNull(nextWindow.wakeUpAt());
    }

    @Test
    void throttleLimitZeroPausesWithoutAWakeUp() {
        ExecutionControls c = controls("{\"throttle\":{\"limit\":0,\"interval_seconds\":60}}");
        Gate.Plan plan = Gate.plan(c, NOW, Gate.Window.NONE, waiting("a1"), Map.of());
        assertEquals(List.of(), plan.dispatch());
        assertNull(plan.wakeUpAt());
    }

    @Test
    void concurrencyAndThrottleMustBothAllowAStart() {
        ExecutionControls c = controls("{\"concurrency\":1,\"throttle\":{\"limit\":1,\"interval_seconds\":1}}");
        Gate.Plan plan = Gate.plan(c, NOW, Gate.Window.NONE, waiting("a1", "a2"), Map.of());
        assertEquals(List.of("a1"), plan.dispatch());
        assertEquals(NOW + 1000, plan.wakeUpAt());
    }

    @Test
    void keyPathsReadTheEventAndTheContext() {
        var event = JsonText.parseObject("{\"body\":{\"customer\":{\"id\":42}},\"method\":\"POST\"}");
        var context = JsonText.parseObject("{\"workflow_id\":\"p_1\"}");
        assertEquals("42", KeyPath.evaluate("steps.trigger.event.body.customer.id", event, context));
        assertEquals("POST", KeyPath.evaluate("steps.trigger.event.method", event, context));
        assertEquals("p_1", KeyPath.evaluate("steps.trigger.context.workflow_id", event, context));
        assertEquals("", KeyPath.evaluate("steps.trigger.event.body.missing.deeper", event, context));
    }
}
