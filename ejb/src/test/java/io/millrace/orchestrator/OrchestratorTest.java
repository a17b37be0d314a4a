package io.millrace.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import io.millrace.domain.workflow.StepSpec;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrchestratorTest {
    private static final List<StepSpec> STEPS = List.of(spec("a"), spec("b"), spec("c"));

    private static StepSpec spec(String name) {
        return new StepSpec(name, "code", "javascript", "export default {run(){}}", JsonValue.EMPTY_JSON_OBJECT);
    }

    private static StepRun run(int position, ExecutionStatus status) {
        return new StepRun("ex", position, STEPS.get(position).name(), status, null, "{}", "[]", null, 0, 1);
    }

    @Test
    void aFreshExecutionStartsAtTheFirstStep() {
        assertEquals(new Decision.RunStep(0, STEPS.get(0)), Orchestrator.next(STEPS, List.of()));
    }

    @Test
    void itResumesAtTheFirstStepWithoutAStoredResult() {
        List<StepRun> done = List.of(run(0, ExecutionStatus.SUCCESS), run(1, ExecutionStatus.SUCCESS));
        assertEquals(new Decision.RunStep(2, STEPS.get(2)), Orchestrator.next(STEPS, done));
    }

    @Test
    void allStepsSucceededFinishesInSuccess() {
        List<StepRun> done = List.of(run(0, ExecutionStatus.SUCCESS), run(1, ExecutionStatus.SUCCESS),
                run(2, ExecutionStatus.SUCCESS));
        assertEquals(new Decision.Finish(ExecutionStatus.SUCCESS), Orchestrator.next(STEPS, done));
    }

    @Test
    void aFailedOrTimedOutStepEndsTheExecutionWithItsStatus() {
        assertEquals(new Decision.Finish(ExecutionStatus.ERROR),
                Orchestrator.next(STEPS, List.of(run(0, ExecutionStatus.SUCCESS), run(1, ExecutionStatus.ERROR))));
        assertEquals(new Decision.Finish(ExecutionStatus.TIMEOUT),
                Orchestrator.next(STEPS, List.of(run(0, ExecutionStatus.TIMEOUT))));
    }

    @Test
    void aStepThatExitedTheFlowEndsTheExecutionSuccessfully() {
        List<StepRun> done = List.of(run(0, ExecutionStatus.SUCCESS).exitedFlow("nothing to do"));
        assertEquals(new Decision.Finish(ExecutionStatus.SUCCESS), Orchestrator.next(STEPS, done));
    }

    @Test
    void aWorkflowWithoutStepsSucceedsAtOnce() {
        assertEquals(new Decision.Finish(ExecutionStatus.SUCCESS), Orchestrator.next(List.of(), List.of()));
    }

    @Test
    void laterStepsSeeExportsAndReturnValues() {
        StepRun a = new StepRun("ex", 0, "a", ExecutionStatus.SUCCESS, "42", "{\"x\":1}", "[]", null, 0, 1);
        String steps = StepsObject.build("{\"body\":{}}", "{\"id\":\"ex\"}", List.of(a));
        assertEquals("{\"trigger\":{\"event\":{\"body\":{}},\"context\":{\"id\":\"ex\"}},"
                + "\"a\":{\"x\":1,\"$return_value\":42}}", steps);
    }

    @Test
    void stepsWithoutExportsOrWithoutReturnValuesAreStillObjects() {
        StepRun onlyReturn = new StepRun("ex", 0, "a", ExecutionStatus.SUCCESS, "\"hi\"", "{}", "[]", null, 0, 1);
        StepRun onlyExports = new StepRun("ex", 1, "b", ExecutionStatus.SUCCESS, null, "{\"y\":[1,2]}", "[]", null, 0, 1);
        StepRun nothing = new StepRun("ex", 2, "c", ExecutionStatus.SUCCESS, null, null, "[]", null, 0, 1);
        String steps = StepsObject.build("{}", "{}", List.of(onlyReturn, onlyExports, nothing));
        assertEquals("{\"trigger\":{\"event\":{},\"context\":{}},\"a\":{\"$return_value\":\"hi\"},"
                + "\"b\":{\"y\":[1,2]},\"c\":{}}", steps);
        io.millrace.shared.JsonText.parseObject(steps); // and it is valid JSON
    }
}
