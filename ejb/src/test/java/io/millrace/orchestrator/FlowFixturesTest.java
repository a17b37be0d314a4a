package io.millrace.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
