package io.millrace.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.millrace.application.execution.EngineRig;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import io.millrace.shared.JsonText;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every control-flow case of {@code src/test/resources/orchestrator/} (see {@link FlowFixture}). */
class FlowFixturesTest {
    static Stream<FlowFixture> fixtures() {
        return FlowFixture.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void decidesAsTheFixtureSays(FlowFixture fixture) {
        JsonObject expected = fixture.json().getJsonObject("expected");
        FlowFixture.Run run = fixture.run();
        assertEquals(expected.getJsonArray("trace").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList(), run.trace(), fixture.json().getString("about"));
        assertEquals(ExecutionStatus.fromWireName(expected.getString("status")), run.status(), "status");
        assertResults(expected, run::at);
    }

    /**
     * Run by the server's workers (its runner and store: a message per lane, delivered in either order), an execution
     * ends the same way, with the same results; one that succeeds takes the same path, every code step runs once,
     * nothing fails inside Millrace, and the lanes handed out are those of {@code expected.handed_out} when given.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theServersWorkersGetTheSameOutcome(FlowFixture fixture) {
        for (boolean newestFirst : new boolean[] {false, true}) {
            String order = newestFirst ? "newest message first" : "oldest message first";
            JsonObject expected = fixture.json().getJsonObject("expected");
            EngineRig.Worked run = fixture.runByWorkers(newestFirst);
            assertEquals(ExecutionStatus.fromWireName(expected.getString("status")), run.status(),
                    order + ": " + run.errorJson() + " " + keys(run.results()));
            assertFalse(String.valueOf(run.errorJson()).contains("InternalError"), order + ": " + run.errorJson());
            assertEquals(run.ran().size(), Set.copyOf(run.ran()).size(), order + ": no step ran twice: " + run.ran());
            if (run.status() == ExecutionStatus.SUCCESS && fixture.json().getJsonObject("exits") == null) {
                List<String> want = new ArrayList<>(expected.getJsonArray("trace").getValuesAs(JsonString.class)
                        .stream().map(JsonString::getString).filter(k -> !k.startsWith("sleep ")).toList());
                fixture.stored().forEach(r -> want.add(r.key()));
                List<String> got = new ArrayList<>(keys(run.results()));
                run.handedOut().forEach(scope -> got.remove(scope.substring(0, scope.length() - 1)));
                Collections.sort(want);
                Collections.sort(got);
                assertEquals(want, got, order + ": the same path");
                assertResults(expected, run::at);
            }
            if (expected.containsKey("handed_out")) {
                List<String> lanes = new ArrayList<>(run.handedOut());
                Collections.sort(lanes);
                assertEquals(expected.getJsonArray("handed_out").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).sorted().toList(), lanes, order + ": the lanes handed out");
            }
        }
    }

    private static List<String> keys(List<StepRun> results) {
        return results.stream().map(StepRun::key).toList();
    }

    private static void assertResults(JsonObject expected, Function<String, StepRun> run) {
        JsonObject results = expected.getJsonObject("results");
        if (results != null) {
            for (Map.Entry<String, jakarta.json.JsonValue> e : results.entrySet()) {
                StepRun r = run.apply(e.getKey());
                assertNotNull(r, "no result at " + e.getKey());
                assertEquals(e.getValue(), JsonText.parse(StepsObject.exportsOf(r).build().toString()), e.getKey());
            }
        }
    }
}
