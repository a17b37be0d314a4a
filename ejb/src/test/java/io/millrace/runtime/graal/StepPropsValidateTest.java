package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.InvalidPropException;
import io.millrace.runtime.StepSyntaxException;

/** {@code validate(step, code, propsJson)}: literal prop values are checked at deploy time. */
class StepPropsValidateTest {

    private static final String CODE = component("""
            props: {
              count: { type: "integer", min: 1, max: 10 },
              color: { type: "string", options: ["red", { label: "Blue", value: "blue" }], optional: true },
              flag: { type: "boolean", default: false },
              tags: { type: "string[]", optional: true },
              token: { type: "string", secret: true, optional: true },
              store: { type: "data_store", optional: true },
            },
            run() {}""");

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

    private static InvalidPropException invalid(String propsJson) {
        return assertThrows(InvalidPropException.class, () -> runtime.validate("check", CODE, propsJson));
    }

    @Test
    void validLiteralsAndExpressionsPass() {
        assertDoesNotThrow(() -> runtime.validate("check", CODE, "{\"count\":3,\"color\":\"blue\",\"flag\":\"true\",\"tags\":[\"a\"]}"));
        assertDoesNotThrow(() -> runtime.validate("check", CODE, "{\"count\":\"{{steps.trigger.event.body.n}}\"}"));
        assertDoesNotThrow(() -> runtime.validate("check", CODE, "{\"count\":\"7\",\"tags\":[\"{{1}}\", 2]}"));
        assertDoesNotThrow(() -> runtime.validate("check", CODE, "{\"count\":1,\"extra\":{\"not\":\"declared\"}}"));
        assertDoesNotThrow(() -> runtime.validate("check", CODE), "the two-argument form checks only the code");
        assertEquals("count", invalid(null).propName(), "null is no configured values");
    }

    @Test
    void aValueOfTheWrongTypeOrOutOfRangeNamesTheProp() {
        InvalidPropException type = invalid("{\"count\":\"many\"}");
        assertEquals("count", type.propName());
        assertEquals("check", type.stepName());
        assertEquals("Prop \"count\" must be an integer, got \"many\"", type.getMessage());
        assertEquals(0, type.line());
        assertEquals("Prop \"count\" must be at most 10, got 11", invalid("{\"count\":11}").getMessage());
        assertEquals("Prop \"count\" must be at least 1, got 0", invalid("{\"count\":0}").getMessage());
        InvalidPropException option = invalid("{\"count\":2,\"color\":\"green\"}");
        assertEquals("color", option.propName());
        assertEquals("Prop \"color\" must be one of its options (\"red\", \"blue\"), got \"green\"", option.getMessage());
        assertEquals("flag", invalid("{\"count\":2,\"flag\":\"maybe\"}").propName());
        assertEquals("Prop \"tags\" (string[]) item 1 must be a string, got an object",
                invalid("{\"count\":2,\"tags\":[\"a\",{}]}").getMessage().replace(" (use {{JSON.stringify(...)}} to pass it as text)", ""));
    }

    @Test
    void aRequiredPropWithoutValueOrDefaultIsNamed() {
        InvalidPropException missing = invalid("{}");
        assertEquals("count", missing.propName());
        assertEquals("Required prop \"count\" has no value: set it in the step's props, or make the prop optional or give it a default",
                missing.getMessage());
        assertEquals("count", invalid("{\"count\":null}").propName());
    }

    @Test
    void secretValuesAreNotShownAndBadDefaultsAreReported() {
        assertEquals("Prop \"token\" must be a string", invalid("{\"count\":1,\"token\":[[1]]}").getMessage()
                .replace(" (use {{JSON.stringify(...)}} to pass it as text)", ""));
        InvalidPropException badDefault = assertThrows(InvalidPropException.class, () -> runtime.validate("d",
                component("props: { n: { type: 'integer', default: 'x' } }, run() {}"), "{}"));
        assertEquals("The default of prop \"n\" must be an integer, got \"x\"", badDefault.getMessage());
    }

    @Test
    void codeProblemsAreStillSyntaxErrors() {
        StepSyntaxException e = assertThrows(StepSyntaxException.class, () -> runtime.validate("s", "export default {", "{}"));
        assertEquals(false, e instanceof InvalidPropException);
        assertEquals(1, e.line());
    }
}
