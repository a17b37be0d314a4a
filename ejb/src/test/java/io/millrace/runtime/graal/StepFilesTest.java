package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.runtime.FileStore;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code $.files}: the seed's File Stores API over the {@link FileStore} port (an in-memory store here). */
class StepFilesTest {
    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime runtime;
    private MemoryFiles files;

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

    @BeforeEach
    void fresh() {
        files = new MemoryFiles();
    }

    private StepOutcome run(String body) {
        return runtime.run(new StepInvocation("files_step", component(body), "{}", StepTesting.STEPS,
                Instant.now().plusSeconds(20)).withFiles(files), StepListener.NONE);
    }

    private String value(String body) {
        StepOutcome outcome = run(body);
        assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
        return outcome.returnValueJson();
    }

    @Test
    void openCreatesAnEmptyFileAndBytesGoInAndOutExactly() {
        assertEquals("[0,4,[0,255,1,128],\"text/x-bytes\"]", value("""
                async run({ $ }) {
                  const f = $.files.open("data/blob.bin");
                  const empty = (await f.toBuffer()).length;
                  await f.fromBuffer(new Uint8Array([0, 255, 1, 128]), "text/x-bytes");
                  const back = await $.files.open("data/blob.bin").toBuffer();
                  const meta = await f.metadata();
                  return [empty, back.length, [...back], meta.contentType];
                }"""));
        assertArrayEquals(new byte[] {0, (byte) 255, 1, (byte) 128}, files.content.get("data/blob.bin"));
    }

    @Test
    void dirListsFilesAndDirectoriesAndADescriptorOpensTheFileAgain() {
        files.write("a.txt", new byte[] {'a'}, null);
        files.write("reports/2026/x.csv", new byte[] {'1', '2'}, null);
        assertEquals("[[\"a.txt\",true,false,1],[\"reports\",false,true,2]]", value("""
                async run({ $ }) {
                  const out = [];
                  for await (const e of $.files.dir()) out.push([e.path, e.isFile(), e.isDirectory(), e.size]);
                  return out;
                }"""));
        assertEquals("[\"reports/2026/x.csv\",\"12\",\"https://files.example/reports/2026/x.csv\"]", value("""
                async run({ $ }) {
                  const described = JSON.parse(JSON.stringify($.files.dir("reports/2026").map(e => $.files.open(e.path))[0]));
                  const f = $.files.openDescriptor(described);
                  return [f.path, (await f.toBuffer()).toString(), await f.toUrl()];
                }"""));
    }

    @Test
    void tmpFilesGoInAndOutAndDeleteRemoves() {
        StepOutcome outcome = runtime.run(new StepInvocation("files_step", "import fs from 'fs';\n" + component("""
                async run({ $ }) {
                  fs.writeFileSync("/tmp/in.txt", "from tmp");
                  await $.files.open("copy.txt").fromFile("/tmp/in.txt");
                  await $.files.open("copy.txt").toFile("/tmp/out.txt");
                  const text = fs.readFileSync("/tmp/out.txt", "utf8");
                  await $.files.open("copy.txt").delete();
                  return [text, $.files.dir().length];
                }"""), "{}", StepTesting.STEPS, Instant.now().plusSeconds(20), java.util.Map.of(), 0,
                tmpDir()).withFiles(files), StepListener.NONE);
        assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
        assertEquals("[\"from tmp\",0]", outcome.returnValueJson());
    }

    @Test
    void fromUrlAndFromReadableStreamStoreWhatTheyRead() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/logo.png", exchange -> {
            byte[] out = {(byte) 0x89, 'P', 'N', 'G'};
            exchange.getResponseHeaders().add("content-type", "image/png");
            exchange.sendResponseHeaders(200, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/logo.png";
            assertEquals("[\"89504e47\",\"image/png\",\"streamed text\",\"text/plain\",13]", value("""
                    async run({ $ }) {
                      const png = await $.files.open('img/logo.png').fromUrl('URL');
                      const text = await $.files.open('notes/s.txt').fromReadableStream((async function* () { yield 'streamed'; yield ' '; yield Buffer.from('text') })(), 'text/plain');
                      return [(await png.toBuffer()).toString('hex'), (await png.metadata()).contentType,
                        (await text.toBuffer()).toString(), (await text.metadata()).contentType, (await text.metadata()).size];
                    }""".replace("URL", url)));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void errorsOfTheStoreReachTheStepAsErrorsNamingTheCall() {
        StepOutcome outcome = run("async run({ $ }) { return await $.files.open('x/../y').toUrl() }");
        assertNotNull(outcome.error());
        assertTrue(outcome.error().message().contains("$.files.open: path must not have"), outcome.error().message());
        StepOutcome none = runtime.run(new StepInvocation("files_step", component(
                "async run({ $ }) { return $.files.dir() }"), "{}", StepTesting.STEPS, Instant.now().plusSeconds(20)),
                StepListener.NONE);
        assertTrue(none.error().message().contains("no file store"), none.error().message());
    }

    private static java.nio.file.Path tmpDir() {
        try {
            return java.nio.file.Files.createTempDirectory("step-files");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A file store in memory, with the path rule the real one has for {@code ..}. */
    static final class MemoryFiles implements FileStore {
        final TreeMap<String, byte[]> content = new TreeMap<>();
        final TreeMap<String, String> types = new TreeMap<>();

        @Override
        public Info write(String path, byte[] bytes, String contentType) {
            check(path);
            content.put(path, bytes);
            types.put(path, contentType);
            return new Info(path, false, bytes.length, 1L, contentType);
        }

        @Override
        public Optional<byte[]> read(String path) {
            return Optional.ofNullable(content.get(check(path)));
        }

        @Override
        public Optional<Info> info(String path) {
            return read(path).map(b -> new Info(path, false, b.length, 1L, types.get(path)));
        }

        @Override
        public boolean delete(String path) {
            types.remove(path);
            return content.remove(check(path)) != null;
        }

        @Override
        public List<Info> dir(String directory) {
            String prefix = directory.isEmpty() ? "" : directory + "/";
            List<Info> out = new ArrayList<>();
            TreeMap<String, Long> dirs = new TreeMap<>();
            content.forEach((p, b) -> {
                if (!p.startsWith(prefix)) {
                    return;
                }
                String rest = p.substring(prefix.length());
                if (rest.contains("/")) {
                    dirs.merge(prefix + rest.substring(0, rest.indexOf('/')), (long) b.length, Long::sum);
                } else {
                    out.add(new Info(p, false, b.length, 1L, types.get(p)));
                }
            });
            dirs.forEach((p, size) -> out.add(new Info(p, true, size, 1L, null)));
            return out;
        }

        @Override
        public Optional<String> url(String path) {
            return read(path).map(b -> "https://files.example/" + path);
        }

        private static String check(String path) {
            if (path.contains("..")) {
                throw new IllegalArgumentException("path must not have empty, . or .. segments: " + path);
            }
            return path;
        }
    }
}
