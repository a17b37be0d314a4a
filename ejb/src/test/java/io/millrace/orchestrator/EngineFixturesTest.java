package io.millrace.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every fixture of {@code src/test/resources/engine} through the orchestrator: stored step results
 * (and the step that just finished) in, the expected decision out. A new rule of the engine gets a fixture.
 */
class EngineFixturesTest {

    static Stream<EngineFixture> fixtures() {
        return EngineFixture.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theOrchestratorDecidesAsTheFixtureSays(EngineFixture fixture) {
        assertEquals(fixture.expected(), fixture.decide(), fixture.name() + ": " + fixture.json().getString("about"));
    }

    @Test
    void theFixturesCoverEveryRuleOfTheEngine() {
        Set<String> names = EngineFixture.all().map(EngineFixture::name).collect(Collectors.toSet());
        for (String required : Set.of("fresh-run", "resume-after-crash", "paused-retry-step", "retry-exhausted",
                "not-retried-timeout", "not-retried-out-of-memory", "flow-exit", "delay", "delay-and-exit",
                "error-without-auto-retry", "all-steps-done", "replay-from-step")) {
            assertTrue(names.contains(required), "missing fixture " + required);
        }
        Set<String> decisions = EngineFixture.all().map(f -> f.json().getJsonObject("expected").getString("decision"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("run_step", "finish", "retry_later", "sleep"), decisions);
    }
}
