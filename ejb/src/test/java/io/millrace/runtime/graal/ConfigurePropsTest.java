package io.millrace.runtime.graal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.PropsCall;
import io.millrace.runtime.StepOutcome;

/** {@link GraalComponentRuntime#configureProps}: static and dynamic options, and additionalProps. */
class ConfigurePropsTest {

    static final String CODE = AppPropsTest.APP + """
            app.propDefinitions.project = {
              type: "string", label: "Project",
              async options({ page, prevContext, query, owner }) {
                const start = prevContext.next ?? 0;
                return { options: [{ label: this.$auth.region + ":" + owner + ":" + start + ":" + (query ?? ""), value: "p" + page }],
                         context: { next: start + 10 } };
              },
            };
            export default defineComponent({
              key: "lorem-configure", version: "0.0.1",
              props: {
                app,
                owner: { type: "string", options: ["ann", "bob"], reloadProps: true },
                project: { propDefinition: [app, "project", c => ({ owner: c.owner })] },
                mine: { type: "string", async options() { return [this.owner + "-1", this.helper()] } },
              },
              methods: { helper() { return "h" } },
              async additionalProps(existing) {
                return this.owner === "ann" ? { extra: { type: "integer", label: "Extra for " + this.owner, optional: true } } : {};
              },
              async run() { return this.extra ?? null },
            })
            """;

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime steps;
    private static GraalComponentRuntime components;

    @BeforeAll
    static void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        steps = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS);
        components = new GraalComponentRuntime(steps);
    }

    @AfterAll
    static void stop() {
        steps.close();
        scheduler.shutdownNow();
    }

    private static StepOutcome call(PropsCall.Operation operation, String prop, String configured, String args) {
        return components.configureProps(new PropsCall(operation, CODE, prop, configured, args, Map.of(),
                Instant.now().plusSeconds(20)));
    }

    private static String answer(PropsCall.Operation operation, String prop, String configured, String args) {
        StepOutcome outcome = call(operation, prop, configured, args);
        assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
        return outcome.returnValueJson();
    }

    @Test
    void staticOptionsAreAnsweredAsDeclared() {
        assertEquals("{\"options\":[\"ann\",\"bob\"],\"context\":null}",
                answer(PropsCall.Operation.OPTIONS, "owner", "{}", "{}"));
    }

    @Test
    void aPropDefinitionsOptionsRunAsTheAppWithItsAuthAndArgs() {
        assertEquals("{\"options\":[{\"label\":\"eu:ann:10:x\",\"value\":\"p1\"}],\"context\":{\"next\":20}}",
                answer(PropsCall.Operation.OPTIONS, "project", "{\"app\":{\"$auth\":{\"region\":\"eu\"}},\"owner\":\"ann\"}",
                        "{\"page\":1,\"prevContext\":{\"next\":10},\"query\":\"x\"}"));
    }

    @Test
    void theComponentsOwnOptionsSeeItsConfiguredPropsAndMethods() {
        assertEquals("{\"options\":[\"bob-1\",\"h\"],\"context\":null}",
                answer(PropsCall.Operation.OPTIONS, "mine", "{\"owner\":\"bob\"}", "{}"));
    }

    @Test
    void reloadAddsWhatAdditionalPropsReturns() {
        String ann = answer(PropsCall.Operation.RELOAD, null, "{\"owner\":\"ann\"}", "{}");
        assertTrue(ann.contains("{\"name\":\"extra\",\"type\":\"integer\",\"label\":\"Extra for ann\",\"optional\":true}"), ann);
        assertTrue(ann.contains("{\"name\":\"project\",\"type\":\"string\",\"label\":\"Project\",\"remoteOptions\":true}"), ann);
        String bob = answer(PropsCall.Operation.RELOAD, null, "{\"owner\":\"bob\"}", "{}");
        assertTrue(!bob.contains("extra") && bob.contains("\"reloadProps\":true"), bob);
    }

    @Test
    void aRunGetsTheValuesOfPropsAdditionalPropsAdds() {
        StepOutcome outcome = steps.run(new io.millrace.runtime.StepInvocation("configure_step", CODE,
                "{\"owner\":\"ann\",\"extra\":\"5\",\"project\":\"p0\",\"mine\":\"x\"}", StepTesting.STEPS,
                Instant.now().plusSeconds(20)), io.millrace.runtime.StepListener.NONE);
        assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
        assertEquals("5", outcome.returnValueJson());
    }

    @Test
    void anUnknownPropOrOneWithoutOptionsIsAConfigurationError() {
        StepOutcome unknown = call(PropsCall.Operation.OPTIONS, "nope", "{}", "{}");
        assertEquals("ConfigurationError", unknown.error().name());
        assertTrue(unknown.error().message().contains("no prop \"nope\""), unknown.error().message());
        StepOutcome none = call(PropsCall.Operation.OPTIONS, "app", "{}", "{}");
        assertTrue(none.error().message().contains("has no options"), none.error().message());
    }
}
