package io.millrace.runtime.graal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;

/** App files used as props: this.<name> with bound methods and $auth, and propDefinitions whose merged type drives the prop. */
class AppPropsTest {

    /** An app file in Pipedream's layout, defined in the step's own file. */
    static final String APP = """
            const app = {
              type: "app",
              app: "lorem",
              propDefinitions: {
                dataStore: { type: "data_store", label: "Data store", description: "Where to keep things" },
                greeting: { type: "string", label: "Greeting", default: "hello", options: ["hello", "hi"] },
                count: { type: "integer", min: 1, max: 5 },
              },
              methods: {
                _base() { return "https://api.lorem.test/" + this.$auth.region; },
                url(path) { return this._base() + path; },
                token() { return this.$auth.api_key; },
              },
            };
            """;

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime runtime;

    @BeforeAll
    static void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        runtime = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS);
    }

    @AfterAll
    static void stop() {
        runtime.close();
        scheduler.shutdownNow();
    }

    private static StepOutcome run(String props, String propsJson, String run) {
        String code = APP + "export default defineComponent({ props: " + props + ",\n async run({ $ }) { " + run + " } })\n";
        MemoryDataStores stores = new MemoryDataStores();
        stores.store("main");
        return runtime.run(new StepInvocation("app_step", code, propsJson, StepTesting.STEPS, Instant.now().plusSeconds(20))
                .withDataStores(stores), StepListener.NONE);
    }

    private static String value(String props, String propsJson, String run) {
        StepOutcome outcome = run(props, propsJson, run);
        assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
        return outcome.returnValueJson();
    }

    @Test
    void theAppPropGivesBoundMethodsHelpersAndAuth() {
        assertEquals("[\"https://api.lorem.test/eu/items\",\"k1\",\"https://api.lorem.test/eu\",\"lorem\"]",
                value("{ app }", "{\"app\":{\"$auth\":{\"region\":\"eu\",\"api_key\":\"k1\"}}}",
                        "const { token } = this.app; return [this.app.url('/items'), token(), this.app._base(), this.app.app]"));
    }

    @Test
    void aNamedAppPropWithoutMethodsStillHasItsAuth() {
        assertEquals("{\"token\":\"t\"}", value("{ myApp: { type: 'app', app: 'x' } }",
                "{\"myApp\":{\"$auth\":{\"token\":\"t\"}}}", "return this.myApp.$auth"));
    }

    @Test
    void aPropDefinitionsMergedTypeDrivesTheProp() {
        assertEquals("[false,true,\"hello\",3]", value("""
                { app, dataStore: { propDefinition: [app, "dataStore"] }, greeting: { propDefinition: [app, "greeting"] },
                  count: { propDefinition: [app, "count"], label: "How many" } }""", "{\"dataStore\":\"main\",\"count\":\"3\"}", """
                const before = await this.dataStore.has('k'); await this.dataStore.set('k', 1);
                return [before, await this.dataStore.has('k'), this.greeting, this.count]"""));
    }

    @Test
    void thePropsOwnFieldsWinAndTheMergedChecksApply() {
        StepOutcome outcome = run("{ app, count: { propDefinition: [app, 'count'], optional: false } }", "{\"count\":9}", "return 1");
        assertTrue(String.valueOf(outcome.error()).contains("count"), () -> String.valueOf(outcome.error()));
        assertEquals("\"hi\"", value("{ app, greeting: { propDefinition: [app, 'greeting'], default: 'hi' } }", "{}",
                "return this.greeting"));
    }
}
