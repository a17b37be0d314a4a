package io.millrace.runtime.graal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.StepOutcome;

/** The Node core modules npm libraries need (events, stream, path, os, util, zlib, crypto ciphers, ...), imported and required. */
class NodeModulesTest {

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

    private static String value(String imports, String expression) {
        return StepTesting.value(runtime, imports, expression);
    }

    @Test
    void eventsEmitsInOrderOnceAndErrors() {
        assertEquals("[\"a1\",\"b1\",\"a2\",2,1,\"boom\",[7]]", value("import EventEmitter, { once } from 'node:events';", """
                await (async () => {
                  const e = new EventEmitter(); const seen = [];
                  e.on('x', v => seen.push('a' + v)); e.once('x', v => seen.push('b' + v));
                  e.emit('x', 1); e.emit('x', 2);
                  seen.push(e.listenerCount('x') + 1, e.listenerCount('x'));
                  try { e.emit('error', new Error('boom')) } catch (err) { seen.push(err.message) }
                  setTimeout(() => e.emit('later', 7), 1);
                  seen.push(await once(e, 'later'));
                  return seen;
                })()"""));
    }

    @Test
    void pathOsQuerystringAndStringDecoder() {
        assertEquals("[\"/a/c/d.txt\",\".txt\",\"d\",\"../x\",\"/tmp/rel\",\"linux\",\"\\n\",\"a=1&b=x%20y&b=z\",\"x y\",\"€\"]",
                value("import path from 'path'; import os from 'node:os'; import qs from 'querystring';"
                        + " import { StringDecoder } from 'string_decoder';", """
                (() => { const d = new StringDecoder('utf8'); const euro = Buffer.from('€');
                  const text = d.write(euro.subarray(0, 1)) + d.write(euro.subarray(1)) + d.end();
                  return [path.join('/a/b', '../c', 'd.txt'), path.extname('d.txt'), path.basename('/x/d.txt', '.txt'),
                    path.relative('/a/b', '/a/x'), path.resolve('rel'), os.platform(), os.EOL,
                    qs.stringify({ a: 1, b: ['x y', 'z'] }), qs.parse('a=1&b=x+y').b, text] })()"""));
    }

    @Test
    void utilAssertAndLegacyUrl() {
        assertEquals("[true,false,\"a-1\",true,\"ERR_ASSERTION\",\"example.com\",\"/p\",\"q=1\",\"http://h/b/c\",true]",
                value("import util from 'util'; import assert from 'assert'; import url from 'url';", """
                await (async () => {
                  let code; try { assert.deepStrictEqual({ a: [1] }, { a: ['1'] }) } catch (e) { code = e.code }
                  const cb = util.callbackify(async x => x * 2);
                  const doubled = await new Promise(r => cb(21, (e, v) => r(v === 42)));
                  const u = url.parse('http://example.com:8080/p?q=1#h');
                  return [util.isDeepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])), util.types.isPromise({}),
                    util.format('%s-%d', 'a', 1), doubled, code, u.hostname, u.pathname, u.query, url.resolve('http://h/b/a', 'c'),
                    util.types.isUint8Array(Buffer.alloc(1))] })()"""));
    }

    @Test
    void streamsPipeTransformAndIterate() {
        assertEquals("[\"A,B,C\",\"hello world\",3]", value("import { Readable, Transform, Writable, pipeline } from 'stream';"
                + " import { pipeline as pipe } from 'stream/promises';", """
                await (async () => {
                  const upper = new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()) } });
                  const out = [];
                  await pipe(Readable.from(['a', 'b', 'c']), upper, new Writable({ write(c, e, cb) { out.push(c.toString()); cb() } }));
                  const parts = [];
                  for await (const chunk of Readable.from([Buffer.from('hello '), Buffer.from('world')])) parts.push(chunk.toString());
                  const r = new Readable({ objectMode: true, read() {} });
                  r.push(1); r.push(2); r.push(3); r.push(null);
                  const all = await r.toArray();
                  return [out.join(','), parts.join(''), all.length] })()"""));
    }

    @Test
    void streamsReadableEventBackPressureAndErrors() {
        assertEquals("[\"abc\",[\"x\",\"y\"],\"slow:1,2,3,4,5\",\"boom\",\"ERR_STREAM_PREMATURE_CLOSE\",true]",
                value("import { Readable, Writable, PassThrough, finished } from 'stream'; import { pipeline } from 'stream/promises';", """
                await (async () => {
                  const r = new Readable({ read() {} }); r.push('a'); r.push('bc'); r.push(null);
                  const viaRead = await new Promise(resolve => { let t = ''; r.on('readable', () => { let c; while ((c = r.read()) !== null) t += c });
                    r.on('end', () => resolve(t)) });
                  const p = new PassThrough({ objectMode: true }); const seen = [];
                  p.on('data', d => seen.push(d)); p.write('x'); p.end('y'); await new Promise(r => p.on('end', r));
                  const got = [];
                  const slow = new Writable({ objectMode: true, highWaterMark: 1,
                    write(c, e, cb) { setTimeout(() => { got.push(c); cb() }, 2) } });
                  await pipeline(Readable.from([1, 2, 3, 4, 5]), slow);
                  let failed;
                  try { await pipeline(new Readable({ read() { this.destroy(new Error('boom')) } }), new PassThrough()) } catch (e) { failed = e.message }
                  const premature = await new Promise(resolve => { const s = new Readable({ read() {} });
                    finished(s, e => resolve(e && e.code)); s.destroy() });
                  return [viaRead, seen, 'slow:' + got.join(','), failed, premature, p.destroyed] })()"""));
    }

    @Test
    void streamsReadAsGotDoes() {
        // got reads the response with a 'readable' listener and read() into a Duplex of highWaterMark 0 that it
        // resumes: resume() must not make a stream with 'readable' listeners flow (its data would go nowhere)
        assertEquals("[\"hello world\",true,null]", value("import { Readable, Duplex } from 'stream';", """
                await (async () => {
                  const source = Readable.from(['hello ', 'world'].map(s => Buffer.from(s)), { objectMode: false });
                  const out = new Duplex({ highWaterMark: 0, read() {
                    let chunk; while ((chunk = source.read()) !== null) this.push(chunk); }, write(c, e, cb) { cb(); } });
                  source.on('readable', () => out._read());
                  source.once('end', () => out.push(null));
                  out.on('resume', () => source.resume());
                  const chunks = await out.toArray();
                  return [Buffer.concat(chunks).toString(), source.readableEnded, source.read()] })()"""));
    }

    @Test
    void zlibRoundTripsAndRefusesGarbage() {
        assertEquals("[\"abcabcabc\",\"abcabcabc\",\"abcabcabc\",\"Z_DATA_ERROR\",\"hi\"]", value("import zlib from 'zlib';"
                + " import { promisify } from 'util';", """
                await (async () => {
                  const s = 'abcabcabc';
                  let code; try { zlib.gunzipSync(Buffer.from('not gzip')) } catch (e) { code = e.code }
                  const gz = await promisify(zlib.gzip)('hi');
                  return [zlib.gunzipSync(zlib.gzipSync(s)).toString(), zlib.inflateSync(zlib.deflateSync(s)).toString(),
                    zlib.inflateRawSync(zlib.deflateRawSync(Buffer.from(s))).toString(), code, zlib.unzipSync(gz).toString()] })()"""));
    }

    @Test
    void aesGcmAndCbcMatchKnownVectorsAndRoundTrip() {
        // NIST GCM test case 3 (key feffe9..., IV cafebabe...), first block; CBC: RFC 3602 case 1; PBKDF2: RFC 6070 case 1
        assertEquals("[\"42831ec2217774244b7221b784d0d49c\",\"Single block msg\",\"secret text\",\"ERR_CRYPTO_INVALID_TAG\",\"e353779c1079aeb82708942dbe77181a\",\"0c60c80f961f0e71f3a9b524af601206\",\"c38edc8815c8489f\"]",
                value("import crypto from 'node:crypto';", """
                (() => {
                  const key = Buffer.from('feffe9928665731c6d6a8f9467308308', 'hex');
                  const iv = Buffer.from('cafebabefacedbaddecaf888', 'hex');
                  const gcm = crypto.createCipheriv('aes-128-gcm', key, iv);
                  const c = Buffer.concat([gcm.update(Buffer.from('d9313225f88406e5a55909c5aff5269a', 'hex')), gcm.final()]);
                  const k2 = Buffer.from('06a9214036b8a15b512e03d534120006', 'hex');
                  const iv2 = Buffer.from('3dafba429d9eb430b422da802c9fac41', 'hex');
                  const cbc = crypto.createCipheriv('aes-128-cbc', k2, iv2); cbc.setAutoPadding(false);
                  const cbcOut = cbc.update('Single block msg', 'utf8', 'hex') + cbc.final('hex');
                  const d = crypto.createDecipheriv('aes-128-cbc', k2, iv2); d.setAutoPadding(false);
                  const plain = d.update(cbcOut, 'hex', 'utf8') + d.final('utf8');
                  const k3 = crypto.randomBytes(32), iv3 = crypto.randomBytes(12);
                  const e3 = crypto.createCipheriv('aes-256-gcm', k3, iv3); e3.setAAD(Buffer.from('aad'));
                  const c3 = Buffer.concat([e3.update('secret text'), e3.final()]); const tag = e3.getAuthTag();
                  const d3 = crypto.createDecipheriv('aes-256-gcm', k3, iv3); d3.setAAD(Buffer.from('aad')); d3.setAuthTag(tag);
                  const back = Buffer.concat([d3.update(c3), d3.final()]).toString();
                  const bad = crypto.createDecipheriv('aes-256-gcm', k3, iv3); bad.setAuthTag(Buffer.alloc(16));
                  let code; try { bad.update(c3); bad.final() } catch (e) { code = e.code }
                  const hmac = crypto.createHmac('sha256', crypto.createSecretKey(Buffer.from('k'))).update('x').digest('hex').slice(0, 32);
                  return [c.toString('hex'), plain, back, code, cbcOut, crypto.pbkdf2Sync('password', 'salt', 1, 16, 'sha1').toString('hex'),
                    hmac.slice(0, 16)] })()"""));
    }

    @Test
    void httpRequestAndGetGoThroughTheHostHttp() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/echo", exchange -> {
            byte[] in = exchange.getRequestBody().readAllBytes();
            byte[] out = ("{\"method\":\"" + exchange.getRequestMethod() + "\",\"body\":\"" + new String(in)
                    + "\",\"h\":\"" + exchange.getRequestHeaders().getFirst("x-a") + "\"}").getBytes();
            exchange.getResponseHeaders().add("content-type", "application/json");
            exchange.getResponseHeaders().add("set-cookie", "a=1");
            exchange.sendResponseHeaders(201, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/echo";
            assertEquals("[201,\"application/json\",[\"a=1\"],{\"method\":\"POST\",\"body\":\"hi there\",\"h\":\"b\"},"
                    + "{\"method\":\"GET\",\"body\":\"\",\"h\":\"null\"}]", value("import http from 'node:http';", """
                    await (async () => {
                      const read = res => new Promise((resolve, reject) => { let text = '';
                        res.setEncoding('utf8'); res.on('data', c => { text += c }); res.on('end', () => resolve([res, JSON.parse(text)])); res.on('error', reject) });
                      const [res, posted] = await new Promise((resolve, reject) => {
                        const req = http.request('URL', { method: 'POST', headers: { 'x-a': 'b' } }, res => read(res).then(resolve, reject));
                        req.on('error', reject); req.write('hi '); req.end('there');
                      });
                      const [, got] = await new Promise((resolve, reject) => http.get('URL', res => read(res).then(resolve, reject)).on('error', reject));
                      return [res.statusCode, res.headers['content-type'], res.headers['set-cookie'], posted, got] })()"""
                    .replace("URL", url)));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void sandboxedModulesImportButFailWhenCalled() {
        StepOutcome outcome = StepTesting.run(runtime, "import { exec } from 'child_process'; import net from 'node:net';\n"
                + StepTesting.component("run() { if (net.isIP('1.2.3.4') !== 4) throw new Error('isIP'); exec('ls') }"));
        assertTrue(String(outcome.error()).contains("child_process.exec is not available in Millrace code steps"),
                () -> String.valueOf(outcome.error()));
    }

    @Test
    void everyModuleThatCannotExistInASandboxFailsOnlyWhenCalled() {
        assertEquals("[\"child_process.spawn\",\"net.connect\",\"tls.connect\",\"cluster.fork\",\"worker_threads.Worker\"]",
                value("import cp from 'child_process'; import net from 'net'; import tls from 'node:tls';"
                        + " import cluster from 'cluster'; import wt from 'worker_threads';", """
                (() => { const failures = [];
                  for (const [name, call] of [['child_process.spawn', () => cp.spawn('ls')], ['net.connect', () => net.connect(80)],
                      ['tls.connect', () => tls.connect(443)], ['cluster.fork', () => cluster.fork()],
                      ['worker_threads.Worker', () => new wt.Worker('x.js')]]) {
                    try { call(); failures.push(name + ' did not fail') }
                    catch (e) { failures.push(e.message.includes('is not available in Millrace code steps') ? name : e.message) }
                  }
                  return failures })()"""));
    }

    @Test
    void requireFromCommonJsGetsTheSameModules() {
        assertEquals("[\"function\",\"/\",\"function\",true]", value("", """
                (() => { const m = globalThis[Symbol.for('millrace.builtin')];
                  return [typeof m('events').EventEmitter, m('node:path').sep, typeof m('https').request,
                    m('stream').Readable === m('node:stream').Readable] })()"""));
    }

    private static String String(Object o) {
        return java.lang.String.valueOf(o);
    }
}
