package io.millrace.runtime.graal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web platform globals npm libraries expect (WHATWG streams, Blob, File, DOMException, MessageChannel, Error.captureStackTrace). */
class WebPlatformTest {

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

    private static String value(String imports, String expression) {
        return StepTesting.value(runtime, imports, expression);
    }

    @Test
    void readableStreamPullsOnDemandAndReads() {
        assertEquals("[[1,2,3],[0,1,2,3],true,\"boom\",[\"x\"],\"cancelled: enough\"]", value("", """
                await (async () => {
                  let n = 0; const pulls = [];
                  const counting = new ReadableStream({ pull(c) { pulls.push(n); if (++n > 3) c.close(); else c.enqueue(n); } });
                  const seen = [];
                  for await (const v of counting) seen.push(v);
                  const reader = new ReadableStream({ start(c) { c.error(new Error('boom')); } }).getReader();
                  let error; try { await reader.read(); } catch (e) { error = e.message; }
                  let cancelled;
                  const rs = new ReadableStream({ start(c) { c.enqueue('x'); }, cancel(r) { cancelled = 'cancelled: ' + r; } });
                  const r2 = rs.getReader(); const first = (await r2.read()).value; r2.releaseLock();
                  const locked = rs.locked;
                  await rs.cancel('enough');
                  return [seen, pulls, !locked, error, [first], cancelled] })()"""));
    }

    @Test
    void pipeThroughTransformsAndTextStreams() {
        assertEquals("[\"HÉLLO WORLD\",[\"a\",\"b\"],[\"a\",\"b\"],3]", value("import { TransformStream as T } from 'stream/web';", """
                await (async () => {
                  const bytes = new TextEncoder().encode('héllo world');
                  const source = new ReadableStream({ start(c) { c.enqueue(bytes.slice(0, 2)); c.enqueue(bytes.slice(2)); c.close(); } });
                  const upper = new T({ transform(chunk, c) { c.enqueue(chunk.toUpperCase()); } });
                  let text = '';
                  await source.pipeThrough(new TextDecoderStream()).pipeThrough(upper)
                    .pipeTo(new WritableStream({ write(chunk) { text += chunk; } }));
                  const [a, b] = ReadableStream.from(['a', 'b']).tee();
                  const read = async s => { const out = []; for await (const v of s) out.push(v); return out; };
                  const encoded = [];
                  await ReadableStream.from(['h', 'é']).pipeThrough(new TextEncoderStream())
                    .pipeTo(new WritableStream({ write(c) { encoded.push(...c); } }));
                  return [text, await read(a), await read(b), encoded.length] })()"""));
    }

    @Test
    void writableStreamWritesInOrderAndErrors() {
        assertEquals("[[\"a\",\"b\"],true,\"no\",1]", value("", """
                await (async () => {
                  const written = []; let closed = false;
                  const w = new WritableStream({ async write(c) { await null; written.push(c); }, close() { closed = true; } });
                  const writer = w.getWriter();
                  writer.write('a'); writer.write('b'); await writer.close();
                  const bad = new WritableStream({ write() { throw new Error('no'); } }, new CountQueuingStrategy({ highWaterMark: 1 })).getWriter();
                  let error; try { await bad.write('x'); } catch (e) { error = e.message; }
                  return [written, closed, error, new ByteLengthQueuingStrategy({ highWaterMark: 1 }).highWaterMark] })()"""));
    }

    @Test
    void blobAndFile() {
        assertEquals("[5,\"text/plain\",\"hello\",\"ell\",[104,105],\"f.txt\",true,\"hi\",\"hi\",true]", value("import { Blob as B } from 'buffer';", """
                await (async () => {
                  const blob = new Blob(['he', new Uint8Array([108, 108]), new Blob(['o'])], { type: 'Text/Plain' });
                  const file = new File(['hi'], 'f.txt');
                  const chunks = [];
                  for await (const c of file.stream()) chunks.push(...c);
                  const posted = await new Response(file).text();
                  return [blob.size, blob.type, await blob.text(), await blob.slice(1, -1).text(), chunks, file.name,
                    file instanceof Blob, posted, await (await new Response('hi').blob()).text(), B === Blob] })()"""));
    }

    @Test
    void responseBodyIsAReadableStream() {
        assertEquals("[\"abc\",true,null]", value("", """
                await (async () => {
                  const res = new Response('abc');
                  const reader = res.body.getReader();
                  let text = ''; for (let r = await reader.read(); !r.done; r = await reader.read()) text += new TextDecoder().decode(r.value);
                  return [text, res.bodyUsed, new Response(null).body] })()"""));
    }

    @Test
    void domExceptionMessageChannelAndCaptureStackTrace() {
        assertEquals("[true,\"AbortError\",20,\"TimeoutError\",{\"n\":1},\"MyError: m\",false]", value("", """
                await (async () => {
                  const c = new AbortController(); c.abort();
                  const channel = new MessageChannel();
                  const got = new Promise(resolve => { channel.port2.onmessage = e => resolve(e.data); });
                  channel.port1.postMessage({ n: 1 });
                  class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; Error.captureStackTrace(this, MyError); } }
                  const e = new MyError('m');
                  return [c.signal.reason instanceof DOMException && c.signal.reason instanceof Error, c.signal.reason.name,
                    c.signal.reason.code, new DOMException('t', 'TimeoutError').name, await got, e.stack.split('\\n')[0],
                    /at new MyError/.test(e.stack)] })()"""));
    }
}
