package io.millrace.application.execution;

import static io.millrace.application.execution.ScriptedRuntime.delays;
import static io.millrace.application.execution.ScriptedRuntime.fails;
import static io.millrace.application.execution.ScriptedRuntime.pure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.workflow.DefinitionParser;
import io.millrace.domain.workflow.WorkflowDefinition;
import io.millrace.runtime.FlowWait;
import io.millrace.runtime.StepOutcome;
import io.millrace.shared.JsonText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parallel branches and loop items run by workers of their own: what a delay and a failure inside one do. The
 * runner and store are the server's, on in-memory ports ({@link EngineRig#runByWorkers}).
 */
class ExecutionRunnerLanesTest {
    private static final String CODE = "export default defineComponent({ async run({ steps, $ }) { return 1 } })";
    private final EngineRig rig = new EngineRig();

    private static String step(String name) {
        return "{\"name\":\"" + name + "\",\"code\":\"" + CODE + "\"}";
    }

    private static WorkflowDefinition definition(String settingsJson, String... steps) {
        return DefinitionParser.parse(JsonText.parse("{\"name\":\"lanes\",\"settings\":" + settingsJson
                + ",\"steps\":[" + String.join(",", steps) + "]}"), null).definition();
    }

    private EngineRig.Worked run(WorkflowDefinition definition) {
        return rig.runByWorkers("ex_lanes", definition, "{\"body\":{\"items\":[1,2]}}", List.of(), false,
                invocation -> new StepOutcome("1", "{}", List.of(), null, false, null, List.of(), List.of(), null, false));
    }

    @Test
    void aFlowDelayInsideABranchPausesOnlyItsLaneWhichGoesOnWhenItsMessageArrives() {
        rig.runtime.on("slow", delays(5000));
        EngineRig.Worked run = run(definition("{}", "{\"name\":\"fan\",\"type\":\"parallel\",\"branches\":["
                + "{\"name\":\"a\",\"steps\":[" + step("slow") + "," + step("after_slow") + "]},"
                + "{\"name\":\"b\",\"steps\":[" + step("quick") + "]}]}", step("last")));

        assertEquals(ExecutionStatus.SUCCESS, run.status(), run.errorJson());
        assertTrue(rig.queue.parts.contains("fan/a/ after 5000 ms"), "the lane's own message waits: " + rig.queue.parts);
        assertTrue(rig.transactions.stream().noneMatch(t -> t.startsWith("delay")),
                "the execution itself was not paused: " + rig.transactions);
        assertEquals(List.of("slow", "quick", "after_slow", "last"), rig.runtime.ran);
        assertEquals("{\"a\":1,\"b\":1}", run.at("fan").returnValueJson());
    }

    @Test
    void aRerunInsideALoopItemRunsTheStepAgainAsTheItemsOwnMessage() {
        rig.runtime.on("poll", ScriptedRuntime.pauses(1000, FlowWait.rerun("{\"n\":1}")),
                ScriptedRuntime.returnsRerunInfo());
        EngineRig.Worked run = run(definition("{}",
                "{\"name\":\"each\",\"type\":\"loop\",\"items\":[\"x\"],\"steps\":[" + step("poll") + "]}"));

        assertEquals(ExecutionStatus.SUCCESS, run.status(), run.errorJson());
        assertEquals(List.of("poll", "poll"), rig.runtime.ran);
        assertTrue(rig.queue.parts.contains("each/0/ after 1000 ms"), rig.queue.parts.toString());
        assertEquals("[{\"context\":{\"n\":1}}]", run.at("each").returnValueJson());
    }

    @Test
    void aSuspendInsideABranchCannotBeResumedAndCancelsTheExecutionWhenItTimesOut() {
        rig.runtime.on("wait_for_approval", ScriptedRuntime.pauses(60_000, FlowWait.SUSPEND));
        EngineRig.Worked run = run(definition("{}", "{\"name\":\"fan\",\"type\":\"parallel\",\"branches\":["
                + "{\"name\":\"a\",\"steps\":[" + step("wait_for_approval") + "]}]}", step("last")));

        assertTrue(rig.queue.parts.contains("fan/a/ after 60000 ms"), rig.queue.parts.toString());
        assertEquals(ExecutionStatus.CANCELLED, run.status());
        assertTrue(run.errorJson().contains("$.flow.suspend timed out"), run.errorJson());
        assertEquals(List.of("wait_for_approval"), rig.runtime.ran);
    }

    @Test
    void lanesWhoseMessagesACrashLostRunWhenTheServerStartsAgainAndEveryStepRunsOnce() {
        WorkflowDefinition loopOfParallels = definition("{}", "{\"name\":\"each\",\"type\":\"loop\",\"items\":[1,2],"
                + "\"steps\":[{\"name\":\"fan\",\"type\":\"parallel\",\"branches\":["
                + "{\"name\":\"a\",\"steps\":[" + step("a_step") + "]},{\"name\":\"b\",\"steps\":[" + step("b_step")
                + "]}]}]}", step("last"));
        rig.accept("ex_crash", loopOfParallels, "{}", List.of(), i -> new StepOutcome("1", "{}", List.of(), null, false,
                null, List.of(), List.of(), null, false));
        EngineRig.Worked before = rig.deliverAll("ex_crash", 0, false, 3); // the whole, item 0, its branch a
        assertEquals(ExecutionStatus.EXECUTING, before.status());
        assertEquals(List.of("a_step"), rig.runtime.ran);
        int lost = rig.queue.bodies.size(); // the crash loses every message not delivered yet (item 0's branch b)

        assertEquals(1, rig.store.resumeLanes());
        assertEquals(List.of("each/0/", "each/0/fan/a/", "each/0/fan/b/"),
                rig.queue.parts.subList(rig.queue.parts.size() - 3, rig.queue.parts.size()).stream().sorted().toList());
        EngineRig.Worked after = rig.deliverAll("ex_crash", lost, false, Integer.MAX_VALUE);

        assertEquals(ExecutionStatus.SUCCESS, after.status(), after.errorJson());
        assertEquals(List.of("a_step", "b_step", "a_step", "b_step", "last"), rig.runtime.ran);
        assertEquals(after.ran().size(), java.util.Set.copyOf(after.ran()).size(), "every step ran once: " + after.ran());
        assertEquals("[{\"a\":1,\"b\":1},{\"a\":1,\"b\":1}]", after.at("each").returnValueJson());
    }

    /**
     * With an external broker the start-up sweep ({@code InDoubtDispatches}) is not done: the broker keeps every
     * message across the crash (Liberty's transaction recovery reaches it at start) and gives the one a killed
     * worker held to another worker. That is enough: the lanes finish and every step runs once.
     */
    @Test
    void withAnExternalBrokerTheMessagesKeptAcrossACrashFinishEveryLaneWithoutTheStartUpSweep() {
        rig.runtime.on("slow", delays(30_000));
        WorkflowDefinition loopOfParallels = definition("{}", "{\"name\":\"each\",\"type\":\"loop\",\"items\":[1,2],"
                + "\"steps\":[{\"name\":\"fan\",\"type\":\"parallel\",\"branches\":["
                + "{\"name\":\"a\",\"steps\":[" + step("a_step") + "]},{\"name\":\"b\",\"steps\":[" + step("slow")
                + "," + step("b_step") + "]}]}]}", step("last"));
        rig.accept("ex_external", loopOfParallels, "{}", List.of(), i -> new StepOutcome("1", "{}", List.of(), null,
                false, null, List.of(), List.of(), null, false));
        EngineRig.Worked before = rig.deliverAll("ex_external", 0, false, 4); // the whole, items 0 and 1, 0's branch a
        assertEquals(ExecutionStatus.EXECUTING, before.status());
        int delivered = 4;

        rig.runner.run(rig.queue.bodies.get(delivered - 1)); // the message a killed worker held comes again
        EngineRig.Worked after = rig.deliverAll("ex_external", delivered, false, Integer.MAX_VALUE);

        assertEquals(ExecutionStatus.SUCCESS, after.status(), after.errorJson());
        assertEquals(after.ran().size(), java.util.Set.copyOf(after.ran()).size(), "every step ran once: " + after.ran());
        assertEquals(List.of("a_step", "slow", "a_step", "slow", "b_step", "b_step", "last").stream().sorted().toList(),
                rig.runtime.ran.stream().sorted().toList());
        assertEquals("[{\"a\":1,\"b\":1},{\"a\":1,\"b\":1}]", after.at("each").returnValueJson());
    }

    @Test
    void lanesThatWereWaitingWhenTheServerStoppedGetTheirMessageForTheTimeTheyHadLeft() {
        rig.runtime.on("slow", delays(60_000));
        rig.runtime.on("approve", ScriptedRuntime.pauses(120_000, FlowWait.SUSPEND));
        WorkflowDefinition waits = definition("{}", "{\"name\":\"fan\",\"type\":\"parallel\",\"branches\":["
                + "{\"name\":\"a\",\"steps\":[" + step("slow") + "," + step("after_slow") + "]},"
                + "{\"name\":\"b\",\"steps\":[" + step("quick") + "]},"
                + "{\"name\":\"c\",\"steps\":[{\"name\":\"pause\",\"type\":\"delay\",\"delay_ms\":30000},"
                + step("after_pause") + "]},"
                + "{\"name\":\"d\",\"steps\":[" + step("approve") + "]}]}", step("last"));
        rig.accept("ex_waits", waits, "{}", List.of(), i -> new StepOutcome("1", "{}", List.of(), null, false,
                null, List.of(), List.of(), null, false));
        EngineRig.Worked before = rig.deliverAll("ex_waits", 0, false, 5); // the whole and each branch once
        assertEquals(ExecutionStatus.EXECUTING, before.status());
        assertEquals(List.of("slow", "quick", "approve"), rig.runtime.ran);
        int sentBefore = rig.queue.parts.size();

        long start = System.currentTimeMillis();
        assertEquals(1, rig.store.resumeLanes());
        long elapsed = System.currentTimeMillis() - start;

        java.util.Map<String, Long> again = new java.util.HashMap<>();
        for (String part : rig.queue.parts.subList(sentBefore, rig.queue.parts.size())) {
            String[] words = part.split(" ");
            again.put(words[0], words.length == 1 ? 0 : Long.parseLong(words[2]));
        }
        assertEquals(java.util.Set.of("fan/a/", "fan/b/", "fan/c/", "fan/d/"), again.keySet());
        assertEquals(0L, again.get("fan/b/"), "a finished lane's message goes at once: " + again);
        assertWithin(again.get("fan/a/"), 60_000, elapsed, "$.flow.delay");
        assertWithin(again.get("fan/c/"), 30_000, elapsed, "delay block");
        assertWithin(again.get("fan/d/"), 120_000, elapsed, "$.flow.suspend");
    }

    private static void assertWithin(long left, long full, long elapsed, String what) {
        assertTrue(left <= full && left >= full - 10_000 - elapsed,
                "the " + what + "'s lane waits out what it had left of " + full + " ms: " + left);
    }

    @Test
    void aStepFailingInsideALoopItemIsNotRetriedAndFailsTheExecution() {
        rig.runtime.on("broken", fails("Error", "service down"), pure("1"));
        EngineRig.Worked run = run(definition("{\"auto_retry\":true}",
                "{\"name\":\"each\",\"type\":\"loop\",\"items\":\"{{steps.trigger.event.body.items}}\",\"steps\":["
                        + step("broken") + "]}", step("last")));

        assertEquals(ExecutionStatus.ERROR, run.status());
        assertTrue(run.errorJson().contains("service down"), run.errorJson());
        assertTrue(rig.transactions.stream().noneMatch(t -> t.startsWith("pause")), "no retry: " + rig.transactions);
        assertEquals(List.of("broken"), rig.runtime.ran, "the next item and the step after the loop did not run");
        assertEquals(List.of("ex_lanes Error"), rig.errorEvents);
    }
}
