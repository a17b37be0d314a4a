package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.millrace.runtime.ExecutionTmp;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;

/** The fs module on the execution's /tmp, its sandboxing and its cap, and {@link ExecutionTmp}. */
class StepFilesTest {

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime runtime;
    private static GraalStepRuntime capped;

    @TempDir
    Path base;
    private Path tmp;

    @BeforeAll
    static void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        runtime = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS);
        capped = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS.withLimits(RuntimeLimits.DEFAULTS.withTmpDirCap(1000)));
    }

    @AfterAll
    static void stop() {
        runtime.close();
        capped.close();
        scheduler.shutdownNow();
    }

    @BeforeEach
    void createTmp() {
        tmp = ExecutionTmp.create("exec_1", base);
    }

    private StepOutcome run(GraalStepRuntime on, String code) {
        return on.run(StepTesting.invocation(code, Instant.now().plusSeconds(20)).withTmpDir(tmp), StepListener.NONE);
    }

    private String value(String imports, String body) {
        StepOutcome outcome = run(runtime, imports + "\n" + component("async run({ $ }) {\n" + body + "\n}"));
        assertNull(outcome.error(), () -> outcome.error().stack());
        return outcome.returnValueJson();
    }

    @Test
    void syncCallsReadAndWriteTmp() throws IOException {
        assertEquals("[\"hello, wörld!\",true,false,[\"a.txt\",\"b.bin\",\"d\"],true,false,14,true,\"/tmp/d\",\"aGk=\",3,"
                + "[\"x.txt\"],\"true,false\"]", value("import fs from 'fs';", """
                fs.writeFileSync('/tmp/a.txt', 'hello, wörld');
                fs.appendFileSync('/tmp/a.txt', '!');
                fs.writeFileSync('/tmp/b.bin', Buffer.from([104, 105, 0]));
                const first = fs.mkdirSync('/tmp/d/e/f', { recursive: true });
                fs.writeFileSync('/tmp/d/e/f/x.txt', 'x');
                const stat = fs.statSync('/tmp/a.txt');
                const dirents = fs.readdirSync('/tmp', { withFileTypes: true });
                return [fs.readFileSync('/tmp/a.txt', 'utf8'), fs.existsSync('/tmp/a.txt'), fs.existsSync('/tmp/nope'),
                        fs.readdirSync('/tmp'), stat.isFile(), stat.isDirectory(), stat.size, stat.mtimeMs > 0, first,
                        fs.readFileSync('/tmp/b.bin').subarray(0, 2).toString('base64'), fs.readFileSync('/tmp/b.bin').length,
                        fs.readdirSync('/tmp/d/e/f'), [dirents[2].isDirectory(), dirents[2].isFile()].join()];"""));
        assertEquals("hello, wörld!", Files.readString(tmp.resolve("a.txt")));
        assertTrue(Files.isRegularFile(tmp.resolve("d/e/f/x.txt")));
    }

    @Test
    void deletingRenamingAndCopying() {
        assertEquals("[[\"c.txt\",\"d.txt\"],\"one\",\"ENOENT\",[],\"EEXIST\",\"ENOTEMPTY\",\"ERR_FS_EISDIR\"]",
                value("import fs from 'node:fs';", """
                fs.writeFileSync('/tmp/a.txt', 'one');
                fs.renameSync('/tmp/a.txt', '/tmp/c.txt');
                fs.copyFileSync('/tmp/c.txt', '/tmp/d.txt');
                const listed = fs.readdirSync('/tmp');
                const copied = fs.readFileSync('/tmp/d.txt', 'utf8');
                fs.unlinkSync('/tmp/c.txt');
                let missing; try { fs.readFileSync('/tmp/c.txt') } catch (e) { missing = e.code }
                fs.rmSync('/tmp/d.txt');
                fs.rmSync('/tmp/never', { force: true });
                fs.mkdirSync('/tmp/dir');
                let exists; try { fs.mkdirSync('/tmp/dir') } catch (e) { exists = e.code }
                fs.writeFileSync('/tmp/dir/f', '1');
                let notEmpty; try { fs.rmdirSync('/tmp/dir') } catch (e) { notEmpty = e.code }
                let isDir; try { fs.rmSync('/tmp/dir') } catch (e) { isDir = e.code }
                fs.rmSync('/tmp/dir', { recursive: true, force: true });
                return [listed, copied, missing, fs.readdirSync('/tmp'), exists, notEmpty, isDir];"""));
    }

    @Test
    void promisesAndCallbacks() {
        assertEquals("[\"p\",\"q\",\"ENOENT\",\"cb\",true,\"r\"]", value("""
                import fs from 'fs';
                import { readFile, writeFile } from 'fs/promises';""", """
                await fs.promises.writeFile('/tmp/p.txt', 'p');
                await writeFile('/tmp/q.txt', Buffer.from('q'));
                let code; try { await fs.promises.readFile('/tmp/none') } catch (e) { code = e.code }
                const viaCallback = await new Promise((resolve, reject) =>
                    fs.writeFile('/tmp/cb.txt', 'cb', e => e ? reject(e) : fs.readFile('/tmp/cb.txt', 'utf8', (e2, d) => resolve(d))));
                const stat = await fs.promises.stat('/tmp/p.txt');
                await fs.promises.appendFile('/tmp/r.txt', 'r');
                return [(await fs.promises.readFile('/tmp/p.txt')).toString(), await readFile('/tmp/q.txt', 'utf8'), code,
                        viaCallback, stat.isFile(), await fs.promises.readFile('/tmp/r.txt', { encoding: 'utf8' })];"""));
        StepOutcome cjs = run(runtime, """
                const fs = require('fs');
                const fsp = require('node:fs/promises');
                module.exports = { async run() { fs.writeFileSync('/tmp/c', 'c'); return (await fsp.readFile('/tmp/c')).toString() } };""");
        assertEquals("\"c\"", cjs.returnValueJson());
    }

    @Test
    void filesStayForLaterStepsOfTheExecution() {
        StepOutcome first = run(runtime, "import fs from 'fs';\n"
                + component("run() { fs.writeFileSync('/tmp/shared.json', '{\"n\":1}') }"));
        assertNull(first.error());
        assertEquals("1", value("import fs from 'fs';", "return JSON.parse(fs.readFileSync('/tmp/shared.json', 'utf8')).n;"));
    }

    @Test
    void pathsOutsideTmpAreRefused() {
        assertEquals("[\"EACCES: permission denied, open '/etc/passwd'\",\"EACCES\",-13,\"open\",\"/etc/passwd\","
                + "\"EACCES: permission denied, open '/tmp/../etc/passwd'\",\"EACCES: permission denied, open '/tmpfoo'\","
                + "\"EACCES: permission denied, mkdir '/'\",\"EACCES: permission denied, scandir '/tmp/../..'\",false,"
                + "\"rel\",\"EACCES: permission denied, open '../../etc/passwd'\"]", value("import fs from 'fs';", """
                const out = [];
                try { fs.readFileSync('/etc/passwd') } catch (e) { out.push(e.message, e.code, e.errno, e.syscall, e.path) }
                try { fs.readFileSync('/tmp/../etc/passwd') } catch (e) { out.push(e.message) }
                try { fs.writeFileSync('/tmpfoo', 'x') } catch (e) { out.push(e.message) }
                try { fs.mkdirSync('/', { recursive: true }) } catch (e) { out.push(e.message) }
                try { fs.readdirSync('/tmp/../..') } catch (e) { out.push(e.message) }
                out.push(fs.existsSync('/etc/passwd'));
                fs.writeFileSync('relative.txt', 'rel');
                out.push(fs.readFileSync('/tmp/relative.txt', 'utf8'));
                try { fs.readFileSync('../../etc/passwd') } catch (e) { out.push(e.message) }
                return out;"""));
    }

    @Test
    void symbolicLinksLeadingOutsideAreRefused(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("secret.txt"), "outside");
        Files.createSymbolicLink(tmp.resolve("out"), outside);
        Files.createSymbolicLink(tmp.resolve("secret-link"), outside.resolve("secret.txt"));
        Files.writeString(tmp.resolve("inside.txt"), "inside");
        Files.createSymbolicLink(tmp.resolve("in-link"), tmp.resolve("inside.txt"));
        assertEquals("[\"EACCES: permission denied, open '/tmp/out/secret.txt'\",\"EACCES: permission denied, open '/tmp/secret-link'\","
                + "\"EACCES: permission denied, open '/tmp/out/new.txt'\",\"inside\",false]", value("import fs from 'fs';", """
                const out = [];
                try { fs.readFileSync('/tmp/out/secret.txt', 'utf8') } catch (e) { out.push(e.message) }
                try { fs.readFileSync('/tmp/secret-link', 'utf8') } catch (e) { out.push(e.message) }
                try { fs.writeFileSync('/tmp/out/new.txt', 'x') } catch (e) { out.push(e.message) }
                out.push(fs.readFileSync('/tmp/in-link', 'utf8'));
                fs.unlinkSync('/tmp/secret-link');
                out.push(fs.existsSync('/tmp/secret-link'));
                return out;"""));
        assertEquals("outside", Files.readString(outside.resolve("secret.txt")));
        assertFalse(Files.exists(outside.resolve("new.txt")));
    }

    @Test
    void withoutATmpDirFsCallsFailClearly() {
        StepOutcome outcome = runtime.run(StepTesting.invocation("import fs from 'fs';\n" + component("""
                run() {
                  const out = [fs.existsSync('/tmp')];
                  try { fs.writeFileSync('/tmp/x', 'x') } catch (e) { out.push(e.code, e.message) }
                  return out;
                }"""), Instant.now().plusSeconds(20)), StepListener.NONE);
        assertEquals("[false,\"ENOTSUP\",\"ENOTSUP: operation not supported: this step has no file system "
                + "(/tmp is not available), open '/tmp/x'\"]", outcome.returnValueJson());
    }

    @Test
    void writesBeyondTheCapFailWithEnospc() throws IOException {
        StepOutcome outcome = run(capped, "import fs from 'fs';\n" + component("""
                run() {
                  const out = [];
                  fs.writeFileSync('/tmp/a', 'a'.repeat(600));
                  try { fs.writeFileSync('/tmp/b', 'b'.repeat(600)) } catch (e) { out.push(e.code, e.message) }
                  fs.writeFileSync('/tmp/a', 'a'.repeat(900));
                  try { fs.appendFileSync('/tmp/a', 'a'.repeat(200)) } catch (e) { out.push(e.code) }
                  try { fs.copyFileSync('/tmp/a', '/tmp/c') } catch (e) { out.push(e.code) }
                  fs.unlinkSync('/tmp/a');
                  fs.writeFileSync('/tmp/b', 'b'.repeat(1000));
                  return out;
                }"""));
        assertEquals("[\"ENOSPC\",\"ENOSPC: no space left on device, write '/tmp/b'\",\"ENOSPC\",\"ENOSPC\"]",
                outcome.returnValueJson());
        assertEquals(1000, Files.size(tmp.resolve("b")));
        // the files earlier steps left count too
        StepOutcome next = run(capped, "import fs from 'fs';\n"
                + component("run() { try { fs.writeFileSync('/tmp/z', 'z') } catch (e) { return e.code } }"));
        assertEquals("\"ENOSPC\"", next.returnValueJson());
    }

    @Test
    void executionTmpCreatesReusesAndDeletes(@TempDir Path outside) throws IOException {
        assertEquals(tmp, ExecutionTmp.create("exec_1", base));
        assertEquals(ExecutionTmp.PREFIX + "exec_1", tmp.getFileName().toString());
        Path odd = ExecutionTmp.create("../../evil/id", base);
        assertEquals(base, odd.getParent());
        assertNotEquals(ExecutionTmp.create("a/b", base), ExecutionTmp.create("a_b", base));
        Files.createDirectories(tmp.resolve("x/y"));
        Files.writeString(tmp.resolve("x/y/z.txt"), "12345");
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Files.createSymbolicLink(tmp.resolve("x/link"), outside);
        assertEquals(5, ExecutionTmp.sizeOf(tmp));
        assertTrue(ExecutionTmp.delete(tmp));
        assertFalse(Files.exists(tmp));
        assertEquals("keep", Files.readString(outside.resolve("keep.txt"), StandardCharsets.UTF_8));
        assertTrue(ExecutionTmp.delete(tmp));
    }
}
