package io.millrace.runtime.graal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.millrace.runtime.StepOutcome;

/** The runtime exports of @pipedream/platform. */
class PlatformModuleTest {

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

    @Test
    void constantsHelpersAndErrors() {
        assertEquals("[900,\"fnd4m13k1mjb6djallp1m9kr7o8kslcu\",\"{\\\"a\\\":1}\",{\"a\":1},\"ConfigurationError\",true,"
                + "{\"method\":\"post\",\"url\":\"https://x.test/a?b=1&c=d%20e\",\"data\":{\"f\":\"1\"}},\"function\",\"function\"]",
                StepTesting.value(runtime, "import { DEFAULT_POLLING_SOURCE_TIMER_INTERVAL, PD_OFFICIAL_GMAIL_OAUTH_CLIENT_ID, "
                        + "jsonStringifySafe, cloneSafe, ConfigurationError, transformConfigForOauth, axios, getFileStream } "
                        + "from '@pipedream/platform';", """
                (() => { const cyclic = { a: 1 }; cyclic.self = cyclic;
                  const e = new ConfigurationError('bad', true);
                  return [DEFAULT_POLLING_SOURCE_TIMER_INTERVAL, PD_OFFICIAL_GMAIL_OAUTH_CLIENT_ID, jsonStringifySafe(cyclic),
                    cloneSafe(cyclic), e.name, e.exposeStack,
                    transformConfigForOauth({ method: 'post', url: 'https://x.test/a', params: { b: 1, c: 'd e' },
                      headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, data: 'f=1' }),
                    typeof axios, typeof getFileStream] })()"""));
    }

    @Test
    void fileStreamsReadDataUrls() {
        assertEquals("[\"hello\",{\"size\":5,\"contentType\":\"text/plain\",\"name\":\"a.txt\"},\"hi\",\"file.json\"]",
                StepTesting.value(runtime, "import { getFileStream, getFileStreamAndMetadata } from '@pipedream/platform';", """
                await (async () => {
                  const text = async s => { const parts = []; for await (const c of s) parts.push(Buffer.from(c)); return Buffer.concat(parts).toString() };
                  const { stream, metadata } = await getFileStreamAndMetadata('data:text/plain;name=a.txt;base64,' + Buffer.from('hello').toString('base64'));
                  const json = await getFileStreamAndMetadata('data:application/json,hi');
                  return [await text(stream), metadata, await text(await getFileStream('data:,hi')), json.metadata.name] })()"""));
    }

    @Test
    void endStopsTheExecutionLikeFlowExit() {
        StepOutcome outcome = StepTesting.run(runtime, "import { $end } from '@pipedream/platform';\n"
                + StepTesting.component("async run() { $end('nothing to do'); return 1 }"));
        assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
        assertEquals("nothing to do", outcome.flowExitReason());
    }
    @Test
    void legacySendSqlPropsTheOtherConstantsAndTmpFileStreams(@TempDir java.nio.file.Path tmp) {
        StepOutcome outcome = runtime.run(StepTesting.invocation("import { $send, sqlProp, sqlProxy, HTTP_METHODS, END_NEEDLE, sendTypeMap, "
                + "$sendConfigRuntimeTypeChecker, getFileStreamAndMetadata } from '@pipedream/platform';\nimport fs from 'fs';\n"
                + StepTesting.component("""
                async run() {
                  $send.emit({ raw_event: { n: 1 } });
                  let s3; try { $send.s3({ bucket: 'b' }) } catch (e) { s3 = e.message }
                  fs.writeFileSync('/tmp/t.txt', 'from tmp');
                  const { stream, metadata } = await getFileStreamAndMetadata('/tmp/t.txt');
                  let text = ''; for await (const c of stream) text += c;
                  let schema; try { sqlProxy.methods.executeQuery() } catch (e) { schema = e.name }
                  return [s3, sqlProp.methods.executeQueryAdapter({ query: 'select $1', params: [2] }),
                    HTTP_METHODS.includes('PATCH'), END_NEEDLE, typeof sendTypeMap, typeof $sendConfigRuntimeTypeChecker,
                    text, metadata.size, metadata.name, schema];
                }"""), java.time.Instant.now().plusSeconds(20)).withTmpDir(tmp), io.millrace.runtime.StepListener.NONE);
        assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
        assertEquals("[\"$send.s3 is not supported by Millrace\",{\"query\":\"select $1\",\"values\":[2]},true,\"__pd_end\","
                + "\"object\",\"object\",\"from tmp\",8,\"t.txt\",\"ConfigurationError\"]", outcome.returnValueJson());
        assertEquals(1, outcome.emissions().size(), "$send.emit goes to the step's $.send.emit");
        assertEquals("{\"n\":1}", outcome.emissions().get(0).eventJson());
    }
}
