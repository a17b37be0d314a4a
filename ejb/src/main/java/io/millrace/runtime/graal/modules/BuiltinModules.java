package io.millrace.runtime.graal.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.attribute.FileAttribute;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.graalvm.polyglot.io.FileSystem;

/**
 * The only file system GraalJS itself sees in a step's context: a read-only, in-memory one that holds
 * the ES modules a step may {@code import} by name ({@code "crypto"}, {@code "node:crypto"}, ...).
 * (A step's {@code fs} module reaches its {@code /tmp} through the host's files, not through this.) Each is
 * a few lines that re-export a built-in the bootstrap defines; their sources are the {@code .mjs}
 * resources beside this class. The npm packages bound to the run ({@link Packages}) are served too.
 * Every other path (other npm packages, Node core modules Millrace does not provide, relative and
 * absolute paths) does not exist, so GraalJS reports
 * {@code Cannot find module '<name>' imported from <step>}; {@link #explain} says why.
 */
public final class BuiltinModules implements FileSystem {

    /** The working directory bare specifiers resolve against. */
    static final Path ROOT = Path.of("/builtin");

    /** Module name to the resource (beside this class) with its source. */
    public static final Map<String, String> PROVIDED = Map.ofEntries(
            Map.entry("buffer", "buffer.mjs"),
            Map.entry("crypto", "crypto.mjs"),
            Map.entry("url", "url.mjs"),
            Map.entry("util", "util.mjs"),
            Map.entry("util/types", "util-types.mjs"),
            Map.entry("timers", "timers.mjs"),
            Map.entry("timers/promises", "timers-promises.mjs"),
            Map.entry("process", "process.mjs"),
            Map.entry("fs", "fs.mjs"),
            Map.entry("fs/promises", "fs-promises.mjs"),
            Map.entry("axios", "axios.mjs"),
            Map.entry("@pipedream/platform", "pipedream-platform.mjs"),
            Map.entry("@millrace/feed", "millrace-feed.mjs"),
            Map.entry("events", "events.mjs"),
            Map.entry("stream", "stream.mjs"),
            Map.entry("stream/promises", "stream-promises.mjs"),
            Map.entry("stream/web", "stream-web.mjs"),
            Map.entry("path", "path.mjs"),
            Map.entry("path/posix", "path-posix.mjs"),
            Map.entry("os", "os.mjs"),
            Map.entry("querystring", "querystring.mjs"),
            Map.entry("string_decoder", "string-decoder.mjs"),
            Map.entry("zlib", "zlib.mjs"),
            Map.entry("assert", "assert.mjs"),
            Map.entry("assert/strict", "assert-strict.mjs"),
            Map.entry("http", "http.mjs"),
            Map.entry("https", "https.mjs"),
            Map.entry("child_process", "child-process.mjs"),
            Map.entry("net", "net.mjs"),
            Map.entry("tls", "tls.mjs"),
            Map.entry("cluster", "cluster.mjs"),
            Map.entry("worker_threads", "worker-threads.mjs"),
            Map.entry("dns", "dns.mjs"),
            Map.entry("async_hooks", "async-hooks.mjs"),
            Map.entry("perf_hooks", "perf-hooks.mjs"),
            Map.entry("diagnostics_channel", "diagnostics-channel.mjs"),
            Map.entry("vm", "vm.mjs"),
            Map.entry("http2", "http2.mjs"),
            Map.entry("readline", "readline.mjs"),
            Map.entry("tty", "tty.mjs"),
            Map.entry("module", "module.mjs"),
            Map.entry("dgram", "dgram.mjs"),
            Map.entry("v8", "v8.mjs"),
            Map.entry("path/win32", "path.mjs"),
            Map.entry("sys", "util.mjs"),
            Map.entry("console", "console.mjs"),
            Map.entry("constants", "constants.mjs"));

    /**
     * Node core modules that import fine but cannot work in a sandbox: calling one of their functions throws
     * a clear error (see lib/node-small.js). They are in {@link #PROVIDED} too.
     */
    public static final Set<String> SANDBOXED = Set.of("child_process", "net", "tls", "cluster", "worker_threads", "dns",
            "async_hooks", "perf_hooks", "diagnostics_channel", "vm", "http2", "readline", "tty", "module", "dgram", "v8");

    /** Node core modules a step cannot use at all. */
    public static final Set<String> UNAVAILABLE = Set.of("dns/promises", "domain", "inspector", "punycode", "repl",
            "trace_events", "wasi");

    private final Supplier<Packages> packages;

    /** Serves the built-in modules and the npm packages {@code packages} currently supplies (see {@link Packages}). */
    public BuiltinModules(Supplier<Packages> packages) {
        this.packages = packages;
    }

    private static final Map<String, byte[]> SOURCES = Map.copyOf(PROVIDED.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> read(e.getValue()))));

    /**
     * Why a module that cannot be found is missing: a Node core module Millrace does not provide, or an
     * npm package (any other bare name). Null for paths and URLs, which need no explanation.
     */
    public static String explain(String specifier) {
        String name = specifier.startsWith("node:") ? specifier.substring(5) : specifier;
        if (UNAVAILABLE.contains(name)) {
            return "the Node.js module '" + name + "' is not available in Millrace code steps";
        }
        if (name.isEmpty() || specifier.contains(":") || "./\\".indexOf(name.charAt(0)) >= 0) {
            return null;
        }
        return "npm packages are not available in Millrace code steps";
    }

    /** {@code Cannot find module '<specifier>'}, explained: what {@code require} throws for a module it lacks. */
    public static String notFound(String specifier) {
        String why = explain(specifier);
        return "Cannot find module '" + specifier + "'" + (why == null ? "" : ": " + why);
    }

    @Override
    public Path parsePath(URI uri) {
        if ("node".equals(uri.getScheme()) && uri.getSchemeSpecificPart() != null) {
            return Path.of(uri.getSchemeSpecificPart());
        }
        throw new UnsupportedOperationException("modules can only be imported by name, not from " + uri);
    }

    @Override
    public Path parsePath(String path) {
        return Path.of(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        if (modes.contains(AccessMode.WRITE) || modes.contains(AccessMode.EXECUTE)) {
            throw new ReadOnlyFileSystemException();
        }
        source(path);
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        return new ReadOnlyChannel(source(path));
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return path.isAbsolute() ? path : ROOT.resolve(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        String file = componentFile(path);
        if (file != null) {
            return Path.of(file);
        }
        source(path);
        return toAbsolutePath(path);
    }

    /** The component package file (virtual path, after Node's resolution) a path names, or null when it names none. */
    private String componentFile(Path path) throws NoSuchFileException {
        Packages bound = packages.get();
        String text = toAbsolutePath(path).toString().replace('\\', '/');
        if (bound == null || bound.component() == null || !text.startsWith("/pkg/")) {
            return null;
        }
        String file = bound.component().resolve(text);
        if (file == null) {
            throw new NoSuchFileException(path.toString());
        }
        return file;
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        throw new NoSuchFileException(path.toString());
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) {
        throw new ReadOnlyFileSystemException();
    }

    @Override
    public void delete(Path path) {
        throw new ReadOnlyFileSystemException();
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        throw new NoSuchFileException(dir.toString());
    }

    /** A .cjs file an import loads is an ES module to GraalJS: its wrapper (see {@link #source}). */
    @Override
    public String getMimeType(Path path) {
        return path.toString().endsWith(".cjs") ? "application/javascript+module" : null;
    }

    /** The source of the module a path names: a built-in, an npm package's wrapper, or a package's file. */
    private byte[] source(Path path) throws IOException {
        String file = componentFile(path);
        if (file != null) {
            return packages.get().component().moduleSource(file);
        }
        Path absolute = path.isAbsolute() ? path : ROOT.resolve(path);
        Packages bound = packages.get();
        if (bound == null || bound.isEmpty() || !absolute.equals(absolute.normalize())) {
            return SOURCES.get(nameOf(path));
        }
        String text = absolute.toString().replace('\\', '/');
        if (text.startsWith(Packages.ROOT)) {
            if (!bound.exists(text)) {
                throw new NoSuchFileException(path.toString());
            }
            if (bound.isCommonJsFile(text)) {
                return ImportWrappers.commonJs(bound, text, bound.read(text)).getBytes(StandardCharsets.UTF_8);
            }
            return bound.moduleBytes(text);
        }
        if (absolute.startsWith(ROOT) && !absolute.equals(ROOT)) {
            String name = ROOT.relativize(absolute).toString().replace('\\', '/');
            if (!PROVIDED.containsKey(name)) {
                String wrapper = ImportWrappers.of(bound, name);
                if (wrapper != null) {
                    return wrapper.getBytes(StandardCharsets.UTF_8);
                }
            }
        }
        return SOURCES.get(nameOf(path));
    }

    /** The module a path names: a bare name (or ROOT/name), never one reached through "." or "..". */
    public static String nameOf(Path path) throws NoSuchFileException {
        Path absolute = path.isAbsolute() ? path : ROOT.resolve(path);
        if (absolute.equals(absolute.normalize()) && absolute.startsWith(ROOT) && !absolute.equals(ROOT)) {
            String name = ROOT.relativize(absolute).toString().replace('\\', '/');
            if (PROVIDED.containsKey(name)) {
                return name;
            }
        }
        throw new NoSuchFileException(path.toString());
    }

    private static byte[] read(String resource) {
        try (InputStream in = BuiltinModules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
