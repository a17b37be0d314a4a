package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.DataStore;
import io.millrace.runtime.DataStores;
import io.millrace.runtime.SourceInvocation;
import io.millrace.runtime.SourceOutcome;
import io.millrace.runtime.SourcePhase;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;

/** {@code data_store} props: the documented async API over the {@link DataStore} port. */
class StepDataStoreTest {

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime runtime;
    private MemoryDataStores stores;

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

    @BeforeEach
    void freshStores() {
        stores = new MemoryDataStores();
        stores.store("main");
        stores.store("orders");
    }

    private StepOutcome run(String propsJson, String body) {
        return run(propsJson, body, stores);
    }

    private static StepOutcome run(String propsJson, String body, DataStores dataStores) {
        String code = component("props: { dataStore: { type: 'data_store' } },\n" + body);
        return runtime.run(new StepInvocation("ds_step", code, propsJson, StepTesting.STEPS, Instant.now().plusSeconds(20))
                .withDataStores(dataStores), StepListener.NONE);
    }

    private String value(String body) {
        StepOutcome outcome = run("{\"dataStore\":\"main\"}", body);
        assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
        return outcome.returnValueJson();
    }

    @Test
    void theDocumentedOperations() {
        assertEquals("[null,{\"a\":[1,2]},true,[\"counter\",\"obj\"],[[\"counter\",1],[\"obj\",{\"a\":[1,2]}]],true,false,[\"obj\"],[]]",
                value("""
                        async run() {
                          const missing = await this.dataStore.get("counter");
                          const counter = (await this.dataStore.get("counter")) ?? 0;
                          await this.dataStore.set("counter", counter + 1);
                          await this.dataStore.set("obj", { a: [1, 2] });
                          const obj = await this.dataStore.get("obj");
                          const has = await this.dataStore.has("counter");
                          const keys = await this.dataStore.keys();
                          const entries = await this.dataStore.entries();
                          const deleted = await this.dataStore.delete("counter");
                          const again = await this.dataStore.delete("counter");
                          const left = await this.dataStore.keys();
                          await this.dataStore.clear();
                          return [missing ?? null, obj, has, keys, entries, deleted, again, left, await this.dataStore.keys()];
                        }"""));
    }

    @Test
    void valuesPersistAcrossRunsAndDatesAreStoredAsJson() {
        value("async run() { await this.dataStore.set('lastRanAt', new Date(0)); await this.dataStore.set('empty', '') }");
        assertEquals("\"1970-01-01T00:00:00.000Z\"", stores.store("main").get("lastRanAt"));
        assertEquals("[\"1970-01-01T00:00:00.000Z\",\"\"]",
                value("async run() { return [await this.dataStore.get('lastRanAt'), await this.dataStore.get('empty')] }"));
    }

    @Test
    void ttlOnSetAndSetTtl() {
        value("""
                async run() {
                  await this.dataStore.set("temporaryToken", "abc123", { ttl: 3600 });
                  await this.dataStore.set("permanent", 1);
                  await this.dataStore.set("later", 2);
                  await this.dataStore.setTtl("later", 1800);
                  return [await this.dataStore.setTtl("permanent", null), await this.dataStore.setTtl("nope", 5)];
                }""");
        Instant expiry = stores.store("main").expiry("temporaryToken");
        assertTrue(Duration.between(Instant.now(), expiry).toSeconds() > 3500, String.valueOf(expiry));
        assertTrue(Duration.between(Instant.now(), stores.store("main").expiry("later")).toSeconds() > 1700);
        assertNull(stores.store("main").expiry("permanent"));
        assertEquals("[true,false]", value("async run() { return [await this.dataStore.setTtl('permanent', null), await this.dataStore.setTtl('nope', 5)] }"));
    }

    @Test
    void theAsyncIteratorYieldsEveryRecord() {
        value("async run() { await this.dataStore.set('a', 1); await this.dataStore.set('b', { c: 2 }) }");
        assertEquals("{\"a\":1,\"b\":{\"c\":2}}", value("""
                async run() {
                  const records = {};
                  for await (const [k, v] of this.dataStore) records[k] = v;
                  return records;
                }"""));
    }

    @Test
    void valuesThatAreNotJsonAreAClearError() {
        assertEquals("[\"this.dataStore.set: the value is not JSON-serializable: it contains a function\","
                + "\"this.dataStore.set: the value is not JSON-serializable: it contains a Map\","
                + "\"this.dataStore.set: the value is not JSON-serializable: it contains a BigInt\","
                + "\"this.dataStore.set: the value is undefined (delete the key to remove it)\","
                + "\"this.dataStore.get: the key must be a non-empty string, got {}\","
                + "\"this.dataStore.set: ttl must be a positive number of seconds, or null for no expiry, got -1\"]",
                value("""
                        async run() {
                          const errors = [];
                          for (const attempt of [
                            () => this.dataStore.set("f", { fn() {} }),
                            () => this.dataStore.set("m", new Map()),
                            () => this.dataStore.set("b", 10n),
                            () => this.dataStore.set("u", undefined),
                            () => this.dataStore.get({}),
                            () => this.dataStore.set("t", 1, { ttl: -1 }),
                          ]) {
                            try { await attempt(); errors.push("no error"); } catch (e) { errors.push(e.message); }
                          }
                          return errors;
                        }"""));
        assertEquals(List.of(), stores.store("main").keys());
    }

    @Test
    void theConfiguredValueNamesTheStore() {
        assertEquals("1", run("{\"dataStore\":{\"id\":\"orders\"}}",
                "async run() { await this.dataStore.set('o', 1); return this.dataStore.get('o') }").returnValueJson());
        assertEquals("1", stores.store("orders").get("o"));
        assertEquals(List.of("{\"id\":\"orders\"}"), stores.opened());
    }

    @Test
    void aMissingOrUnknownStoreFailsTheStepNamingTheProp() {
        StepOutcome missing = run("{}", "run() { return 1 }");
        assertEquals("ConfigurationError", missing.error().name());
        assertEquals("Prop \"dataStore\" (data_store) has no data store configured: set it to a data store's id or name",
                missing.error().message());
        StepOutcome unknown = run("{\"dataStore\":\"nope\"}", "run() { return 1 }");
        assertEquals("Prop \"dataStore\" (data_store): no data store \"nope\" in this project", unknown.error().message());
        StepOutcome none = run("{\"dataStore\":\"main\"}", "run() { return 1 }", DataStores.NONE);
        assertEquals("Prop \"dataStore\" (data_store): data stores are not available here", none.error().message());
        StepOutcome optional = runtime.run(new StepInvocation("ds_step", component(
                "props: { ds: { type: 'data_store', optional: true } }, run() { return this.ds === undefined }"), "{}",
                StepTesting.STEPS, Instant.now().plusSeconds(20)), StepListener.NONE);
        assertEquals("true", optional.returnValueJson());
    }

    @Test
    void aFailingStoreRejectsTheCallWithItsMessage() {
        DataStore broken = new MemoryDataStores.Store() {
            @Override
            public String get(String key) {
                throw new IllegalStateException("the database is unreachable");
            }
        };
        StepOutcome outcome = run("{\"dataStore\":\"x\"}", """
                async run() {
                  try { await this.dataStore.get("k"); } catch (e) { return e.message; }
                }""", value -> broken);
        assertEquals("\"this.dataStore.get: the database is unreachable\"", outcome.returnValueJson());
    }

    @Test
    void expressionsInTheConfiguredValueAreEvaluated() {
        StepOutcome outcome = run("{\"dataStore\":\"{{ 'ma' + 'in' }}\"}", "async run() { return this.dataStore.has('x') }");
        assertEquals("false", outcome.returnValueJson());
        assertEquals(List.of("\"main\""), stores.opened());
    }

    @Test
    void sourcesUseDataStoresToo() {
        SourceOutcome outcome = new GraalComponentRuntime(runtime).runSource(new SourceInvocation(
                "dc_ds", "export default { props: { store: { type: 'data_store' } }, async run() { "
                        + "await this.store.set('seen', 1); this.$emit({ keys: await this.store.keys() }) } }",
                SourcePhase.RUN, "{\"store\":\"main\"}", null, "{}", "{}", Instant.now().plusSeconds(20), Map.of(), stores,
                Map.of()), StepListener.NONE);
        assertTrue(outcome.succeeded(), String.valueOf(outcome.error()));
        assertEquals("{\"keys\":[\"seen\"]}", outcome.emissions().get(0).eventJson());
        assertFalse(stores.store("main").keys().isEmpty());
    }

    @Test
    void aDataStoreCallIsAnEffectButEmittingIsNot() {
        assertTrue(run("{\"dataStore\":\"main\"}", "async run() { await this.dataStore.get('k') }").effects(),
                "data store calls take effect at once, so the result must be stored before the next step");
        StepOutcome emitting = run("{\"dataStore\":\"main\"}", "async run({ $ }) { $.send.emit({ a: 1 }) }");
        assertNull(emitting.error());
        assertEquals(1, emitting.emissions().size());
        assertFalse(emitting.effects(), "emits are part of the stored result");
    }
}
