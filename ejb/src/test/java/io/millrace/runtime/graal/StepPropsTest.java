package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.LogEntry;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;

/** Prop values: configured or default, {{ }} expressions, and checks by type, min, max and options. */
class StepPropsTest {

    private static final String STEPS = "{\"trigger\":{\"event\":{\"body\":{\"name\":\"Ada\",\"n\":5,\"tags\":[\"a\",\"b\"],"
            + "\"nested\":{\"x\":1}}},\"context\":{\"id\":\"evt_1\"}},\"first\":{\"$return_value\":{\"total\":12}}}";

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime runtime;

    @BeforeAll
    static void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        runtime = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS.withEgress(StepTesting.LOOPBACK_ALLOWED));
    }

    @AfterAll
    static void stop() {
        runtime.close();
        scheduler.shutdownNow();
    }

    private static StepOutcome run(String props, String propsJson) {
        return run(props, propsJson, Map.of());
    }

    private static StepOutcome run(String props, String propsJson, Map<String, String> env) {
        // run returns each declared prop's value, "(undefined)" for none
        String code = component("props: " + props + ",\nrun() { return Object.fromEntries(Object.keys(" + props
                + ").map(k => [k, this[k] === undefined ? '(undefined)' : this[k]])) }");
        return runtime.run(new StepInvocation("props_step", code, propsJson, STEPS, Instant.now().plusSeconds(20), env),
                StepListener.NONE);
    }

    private static String values(String props, String propsJson) {
        StepOutcome outcome = run(props, propsJson);
        assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
        return outcome.returnValueJson();
    }

    private static String configurationError(String props, String propsJson) {
        StepOutcome outcome = run(props, propsJson);
        assertFalse(outcome.succeeded());
        assertNotNull(outcome.error(), "expected a ConfigurationError");
        assertEquals("ConfigurationError", outcome.error().name(), outcome.error().message());
        assertEquals("ConfigurationError: " + outcome.error().message(), outcome.error().stack());
        return outcome.error().message();
    }

    @Test
    void configuredValuesWinOverDefaults() {
        assertEquals("{\"a\":\"configured\",\"b\":\"default\",\"c\":\"(undefined)\"}", values(
                "{ a: { type: 'string', default: 'x' }, b: { type: 'string', default: 'default' }, c: { type: 'string', optional: true } }",
                "{\"a\":\"configured\"}"));
    }

    @Test
    void aRequiredPropWithoutValueFailsTheStepNamingIt() {
        String message = configurationError("{ apiKey: { type: 'string', label: 'API key' } }", "{}");
        assertEquals("Required prop \"apiKey\" has no value: set it in the step's props, or make the prop optional "
                + "or give it a default", message);
        assertTrue(configurationError("{ n: { type: 'integer' } }", "{\"n\":null}").contains("\"n\""));
        assertTrue(configurationError("{ n: { type: 'integer' } }", "{\"n\":\"\"}").contains("\"n\""));
        // an expression that gives nothing is no value either
        assertEquals("Required prop \"who\" has no value (its configured value \"{{steps.trigger.event.body.missing}}\" "
                        + "evaluated to undefined): set it in the step's props, or make the prop optional or give it a default",
                configurationError("{ who: { type: 'string' } }", "{\"who\":\"{{steps.trigger.event.body.missing}}\"}"));
        // props of other kinds (apps, ...) are not user input and are not required here: an app prop without a
        // configured value is its app object with an empty $auth
        assertEquals("{\"app\":{\"$auth\":{}}}", values("{ app: { type: 'app', app: 'slack' } }", "{}"));
    }

    @Test
    void theRunDoesNotStartWhenAPropIsInvalid() {
        StepOutcome outcome = runtime.run(new StepInvocation("s", component(
                "props: { n: { type: 'integer' } }, run({ $ }) { console.log('ran'); $.export('x', 1) }"),
                "{\"n\":\"many\"}", STEPS, Instant.now().plusSeconds(20)), StepListener.NONE);
        assertEquals("ConfigurationError", outcome.error().name());
        assertTrue(outcome.logs().isEmpty());
        assertEquals("{}", outcome.exportsJson());
    }

    @Test
    void integersAcceptNumbersAndNumericStrings() {
        assertEquals("{\"a\":5,\"b\":-12,\"c\":7}", values(
                "{ a: { type: 'integer' }, b: { type: 'integer' }, c: { type: 'integer', default: '7' } }",
                "{\"a\":\"5\",\"b\":\" -12 \"}"));
        assertEquals("Prop \"a\" must be an integer, got 2.5", configurationError("{ a: { type: 'integer' } }", "{\"a\":2.5}"));
        assertEquals("Prop \"a\" must be an integer, got \"five\"", configurationError("{ a: { type: 'integer' } }", "{\"a\":\"five\"}"));
        assertEquals("Prop \"a\" must be an integer, got true", configurationError("{ a: { type: 'integer' } }", "{\"a\":true}"));
        assertEquals("The default of prop \"a\" must be an integer, got \"x\"",
                configurationError("{ a: { type: 'integer', default: 'x' } }", "{}"));
    }

    @Test
    void integersRespectMinAndMax() {
        assertEquals("{\"a\":1,\"b\":10}", values("{ a: { type: 'integer', min: 1, max: 10 }, b: { type: 'integer', min: 1, max: 10 } }",
                "{\"a\":1,\"b\":\"10\"}"));
        assertEquals("Prop \"a\" must be at least 1, got 0", configurationError("{ a: { type: 'integer', min: 1 } }", "{\"a\":0}"));
        assertEquals("Prop \"a\" must be at most 10, got 11", configurationError("{ a: { type: 'integer', max: 10 } }", "{\"a\":\"11\"}"));
    }

    @Test
    void booleansAcceptTrueAndFalseAsText() {
        assertEquals("{\"a\":true,\"b\":false,\"c\":false}", values(
                "{ a: { type: 'boolean' }, b: { type: 'boolean' }, c: { type: 'boolean', default: false } }",
                "{\"a\":\"true\",\"b\":\"False\"}"));
        assertEquals("Prop \"a\" must be a boolean (true or false), got \"yes\"",
                configurationError("{ a: { type: 'boolean' } }", "{\"a\":\"yes\"}"));
        assertEquals("Prop \"a\" must be a boolean (true or false), got 1",
                configurationError("{ a: { type: 'boolean' } }", "{\"a\":1}"));
    }

    @Test
    void stringsObjectsAndAny() {
        assertEquals("{\"s\":\"42\",\"o\":{\"k\":\"v\"},\"p\":{\"j\":1},\"x\":[1,{\"y\":null}]}", values(
                "{ s: { type: 'string' }, o: { type: 'object' }, p: { type: 'object' }, x: { type: 'any' } }",
                "{\"s\":42,\"o\":{\"k\":\"v\"},\"p\":\"{\\\"j\\\":1}\",\"x\":[1,{\"y\":null}]}"));
        assertEquals("Prop \"s\" must be a string, got an object (use {{JSON.stringify(...)}} to pass it as text)",
                configurationError("{ s: { type: 'string' } }", "{\"s\":{\"a\":1}}"));
        assertEquals("Prop \"o\" must be an object, got an array", configurationError("{ o: { type: 'object' } }", "{\"o\":[1]}"));
        assertEquals("Prop \"o\" must be an object, got \"text\"", configurationError("{ o: { type: 'object' } }", "{\"o\":\"text\"}"));
    }

    @Test
    void arraysAcceptAnArrayJsonTextOrASingleValue() {
        assertEquals("{\"a\":[\"x\",\"y\"],\"b\":[\"only\"],\"c\":[1,2,3],\"d\":[4],\"e\":[\"p\",\"q\"]}", values(
                "{ a: { type: 'string[]' }, b: { type: 'string[]' }, c: { type: 'integer[]' }, d: { type: 'integer[]' }, e: { type: 'string[]' } }",
                "{\"a\":[\"x\",\"y\"],\"b\":\"only\",\"c\":[1,\"2\",3],\"d\":\"4\",\"e\":\"[\\\"p\\\",\\\"q\\\"]\"}"));
        assertEquals("Prop \"c\" (integer[]) item 1 must be an integer, got \"two\"",
                configurationError("{ c: { type: 'integer[]' } }", "{\"c\":[1,\"two\"]}"));
        assertEquals("Prop \"c\" (integer[]) item 0 must be at most 3, got 9",
                configurationError("{ c: { type: 'integer[]', max: 3 } }", "{\"c\":[9]}"));
    }

    @Test
    void valuesMustBeOneOfTheOptions() {
        assertEquals("{\"color\":\"red\",\"size\":\"m\",\"n\":2,\"many\":[\"a\",\"c\"]}", values("""
                { color: { type: 'string', options: ['red', 'green'] },
                  size: { type: 'string', options: [{ label: 'Small', value: 's' }, { label: 'Medium', value: 'm' }] },
                  n: { type: 'integer', options: [1, 2] },
                  many: { type: 'string[]', options: ['a', 'b', 'c'] } }""",
                "{\"color\":\"red\",\"size\":\"m\",\"n\":\"2\",\"many\":[\"a\",\"c\"]}"));
        assertEquals("Prop \"color\" must be one of its options (\"red\", \"green\"), got \"blue\"",
                configurationError("{ color: { type: 'string', options: ['red', 'green'] } }", "{\"color\":\"blue\"}"));
        assertEquals("Prop \"size\" must be one of its options (\"s\", \"m\"), got \"Small\"", configurationError(
                "{ size: { type: 'string', options: [{ label: 'Small', value: 's' }, { label: 'Medium', value: 'm' }] } }",
                "{\"size\":\"Small\"}"));
        assertEquals("Prop \"many\" (string[]) item 1 must be one of its options (\"a\", \"b\"), got \"z\"",
                configurationError("{ many: { type: 'string[]', options: ['a', 'b'] } }", "{\"many\":[\"a\",\"z\"]}"));
        // options computed by a method are not checked here
        assertEquals("{\"d\":\"anything\"}", values("{ d: { type: 'string', options() { return ['x'] } } }", "{\"d\":\"anything\"}"));
    }

    @Test
    void secretValuesNeverAppearInErrors() {
        String message = configurationError("{ token: { type: 'string', secret: true, options: ['abc'] } }",
                "{\"token\":\"s3cr3t-value\"}");
        assertEquals("Prop \"token\" must be one of its options (\"abc\")", message);
        String expression = configurationError("{ token: { type: 'string', secret: true } }", "{\"token\":\"s3cr3t{{nope(}}\"}");
        assertFalse(expression.contains("s3cr3t"), expression);
        assertTrue(expression.startsWith("Prop \"token\": an expression in its value is not valid JavaScript: SyntaxError"), expression);
    }

    @Test
    void secretValuesAreMaskedInMillracesOwnLogLines() {
        // the secret ends up in a URL path that the request log line shows
        StepOutcome outcome = runtime.run(new StepInvocation("s", component("""
                props: { token: { type: 'string', secret: true } },
                async run() { try { await fetch('http://127.0.0.1:1/hooks/' + this.token) } catch (e) { } return this.token.length }"""),
                "{\"token\":\"very-secret-token\"}", STEPS, Instant.now().plusSeconds(20)), StepListener.NONE);
        assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
        assertEquals("17", outcome.returnValueJson());
        assertEquals(1, outcome.logs().size());
        LogEntry line = outcome.logs().get(0);
        assertFalse(line.message().contains("very-secret-token"), line.message());
        assertTrue(line.message().startsWith("GET http://127.0.0.1:1/hooks/*** \u2192 ECONNREFUSED"), line.message());
    }

    @Test
    void undeclaredConfiguredValuesAreStillSet() {
        StepOutcome outcome = runtime.run(new StepInvocation("s", component("run() { return [this.extra, this.when] }"),
                "{\"extra\":{\"k\":1},\"when\":\"{{steps.trigger.context.id}}\"}", STEPS, Instant.now().plusSeconds(20)),
                StepListener.NONE);
        assertEquals("[{\"k\":1},\"evt_1\"]", outcome.returnValueJson());
    }

    @Test
    void propDefinitionsOfAnAppAreUsed() {
        StepOutcome outcome = runtime.run(new StepInvocation("s", """
                const app = { type: 'app', app: 'x', propDefinitions: { count: { type: 'integer', min: 1, default: 3 } } };
                export default defineComponent({
                  props: { app, count: { propDefinition: [app, 'count'] }, other: { propDefinition: [app, 'count'], default: 9 } },
                  run() { return [this.count, this.other] },
                })""", "{\"count\":\"4\"}", STEPS, Instant.now().plusSeconds(20)), StepListener.NONE);
        assertEquals("[4,9]", outcome.returnValueJson(), () -> String.valueOf(outcome.error()));
    }

    // ---- {{ }} expressions ---------------------------------------------------------------------

    @Test
    void aWholeExpressionGivesTheValueOfAnyType() {
        assertEquals("{\"name\":\"Ada\",\"body\":{\"name\":\"Ada\",\"n\":5,\"tags\":[\"a\",\"b\"],\"nested\":{\"x\":1}},"
                        + "\"n\":5,\"tags\":[\"a\",\"b\"],\"total\":12}", values(
                "{ name: { type: 'string' }, body: { type: 'object' }, n: { type: 'integer' }, tags: { type: 'string[]' }, total: { type: 'any' } }",
                "{\"name\":\"{{steps.trigger.event.body.name}}\",\"body\":\"{{ steps.trigger.event.body }}\","
                        + "\"n\":\"{{steps.trigger.event.body.n}}\",\"tags\":\"{{steps.trigger.event.body.tags}}\","
                        + "\"total\":\"{{steps.first.$return_value.total}}\"}"));
    }

    @Test
    void textAndExpressionsInterpolate() {
        assertEquals("{\"greeting\":\"Hello Ada!\",\"mixed\":\"n=5 tags=[\\\"a\\\",\\\"b\\\"] {{ }} and 6\",\"code\":\"{\\\"x\\\":1}\"}",
                values("{ greeting: { type: 'string' }, mixed: { type: 'string' }, code: { type: 'string' } }",
                        "{\"greeting\":\"Hello {{steps.trigger.event.body.name}}!\","
                                + "\"mixed\":\"n={{steps.trigger.event.body.n}} tags={{steps.trigger.event.body.tags}} {{ }} and {{ {a: 6}.a }}\","
                                + "\"code\":\"{{JSON.stringify(event.body.nested)}}\"}"));
    }

    @Test
    void expressionsSeeProcessEnvAndRunJavaScript() {
        StepOutcome outcome = run("{ url: { type: 'string' }, upper: { type: 'string' }, n: { type: 'integer' } }",
                "{\"url\":\"{{process.env.BASE}}/users/{{steps.trigger.event.body.n}}\","
                        + "\"upper\":\"{{steps.trigger.event.body.tags.map(t => t.toUpperCase()).join('-')}}\","
                        + "\"n\":\"{{steps.trigger.event.body.n * 2 + 1}}\"}",
                Map.of("BASE", "https://api.example.com"));
        assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
        assertEquals("{\"url\":\"https://api.example.com/users/5\",\"upper\":\"A-B\",\"n\":11}", outcome.returnValueJson());
    }

    @Test
    void nestedObjectsAndArraysAreWalked() {
        assertEquals("{\"o\":{\"who\":\"Ada\",\"list\":[\"x\",5,{\"deep\":\"hi Ada\"}],\"plain\":true}}", values(
                "{ o: { type: 'object' } }",
                "{\"o\":{\"who\":\"{{steps.trigger.event.body.name}}\",\"list\":[\"x\",\"{{steps.trigger.event.body.n}}\","
                        + "{\"deep\":\"hi {{steps.trigger.event.body.name}}\"}],\"plain\":true}}"));
    }

    @Test
    void aFailingExpressionFailsTheStepNamingTheProp() {
        String message = configurationError("{ who: { type: 'string' } }", "{\"who\":\"{{steps.nope.value}}\"}");
        assertTrue(message.startsWith("Prop \"who\": the expression {{steps.nope.value}} failed: TypeError: "), message);
        String syntax = configurationError("{ who: { type: 'string' } }", "{\"who\":\"Hi {{steps.trigger.(}}\"}");
        assertTrue(syntax.startsWith("Prop \"who\": the expression {{steps.trigger.(}} is not valid JavaScript: SyntaxError"), syntax);
        String typed = configurationError("{ n: { type: 'integer' } }", "{\"n\":\"{{steps.trigger.event.body.name}}\"}");
        assertEquals("Prop \"n\" must be an integer, got \"Ada\"", typed);
    }

    @Test
    void textWithoutExpressionsIsLeftAlone() {
        assertEquals("{\"a\":\"{{ unclosed\",\"b\":\"}} {x}\",\"c\":\"a {{ }} b\"}", values(
                "{ a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } }",
                "{\"a\":\"{{ unclosed\",\"b\":\"}} {x}\",\"c\":\"a {{ }} b\"}"));
    }
}
