package io.millrace.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import io.millrace.shared.JsonText;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Map;
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
        assertResults(expected, run);
    }

    /**
     * Run by workers (a message per lane, interleaved), an execution ends the same way, with the same results; one
     * that succeeds takes the same path (in another order).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void workersRunningLanesConcurrentlyGetTheSameOutcome(FlowFixture fixture) {
        JsonObject expected = fixture.json().getJsonObject("expected");
        FlowFixture.Run run = fixture.runByWorkers();
        assertEquals(ExecutionStatus.fromWireName(expected.getString("status")), run.status(), run.trace().toString());
        if (run.status() == ExecutionStatus.SUCCESS && fixture.json().getJsonObject("exits") == null) {
            java.util.List<String> want = new java.util.ArrayList<>(expected.getJsonArray("trace")
                    .getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .filter(k -> !k.startsWith("sleep ")).toList());
            java.util.List<String> got = new java.util.ArrayList<>(run.trace());
            java.util.Collections.sort(want);
            java.util.Collections.sort(got);
            assertEquals(want, got, "the same path");
            assertResults(expected, run);
        }
        assertEquals(run.results().size(), run.results().stream().map(StepRun::id).distinct().count(),
                "every stored result has an id of its own");
        long joins = run.results().stream().filter(r -> r.key().equals("each") || r.key().equals("fan")).count();
        assertTrue(joins <= 2, "each block joined once");
    }

    private static void assertResults(JsonObject expected, FlowFixture.Run run) {
        JsonObject results = expected.getJsonObject("results");
        if (results != null) {
            for (Map.Entry<String, jakarta.json.JsonValue> e : results.entrySet()) {
                StepRun r = run.at(e.getKey());
                assertNotNull(r, "no result at " + e.getKey());
                assertEquals(e.getValue(), JsonText.parse(StepsObject.exportsOf(r).build().toString()), e.getKey());
            }
        }
    }
}
