package io.millrace.runtime.npm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Resolves the packages a step imports, and their dependencies, to exact versions, and makes sure they are
 * in the {@link PackageCache} and usable: pure JavaScript, needing no Node.js core module Millrace lacks.
 * The result is flat: one version per package name, the highest satisfying every range that asks for it.
 * Thread-safe.
 */
public final class PackageResolver {

    /** Node core modules a package may not use (Millrace does not provide them). */
    /**
     * Node core modules a package may not use at all. Others Millrace lacks (stream/web, punycode, domain,
     * dns/promises) only fail when required, so that packages that try them and fall back still load.
     */
    public static final Set<String> UNAVAILABLE_CORE = Set.of("inspector", "repl", "trace_events", "wasi");

    /**
     * Node core modules Millrace provides (runtime.graal.modules.BuiltinModules.PROVIDED; child_process, net,
     * tls and the like import fine there and throw only when called).
     */
    public static final Set<String> PROVIDED_CORE = Set.of("buffer", "crypto", "url", "util", "timers",
            "timers/promises", "process", "fs", "fs/promises", "events", "stream", "stream/promises", "path",
            "path/posix", "os", "querystring", "string_decoder", "zlib", "assert", "assert/strict", "http", "https",
            "child_process", "net", "tls", "cluster", "worker_threads", "dns", "async_hooks", "perf_hooks",
            "diagnostics_channel", "vm", "http2", "readline", "tty", "module", "dgram", "v8", "path/win32", "sys",
            "console", "constants");

    private static final int MAX_PACKAGES = 500;

    private final NpmRegistry registry;
    private final PackageCache cache;
    private final Map<String, String> checked = new ConcurrentHashMap<>();

    public PackageResolver(NpmRegistry registry, PackageCache cache) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    public NpmRegistry registry() {
        return registry;
    }

    public PackageCache cache() {
        return cache;
    }

    /**
     * The exact version of every package the specifiers ({@code pkg}, {@code pkg@1.2.3}, {@code pkg@^1.2.0},
     * {@code pkg/sub}) need, transitive dependencies included, each downloaded and checked.
     *
     * @throws PackageException naming the package that is unknown, has no matching version, conflicts,
     *                          is native, or needs a Node core module Millrace does not provide
     */
    public Map<String, String> resolve(Set<String> specifiers) {
        List<String[]> roots = new ArrayList<>();
        for (String s : specifiers) {
            Specifier spec = Specifier.parse(s);
            if (spec == null) {
                throw new PackageException(s, "'" + s + "' is not an npm package specifier");
            }
            roots.add(new String[] {spec.name(), spec.range(), null});
        }
        Map<String, List<String>> constraints = new LinkedHashMap<>();
        for (int attempt = 0; ; attempt++) {
            Map<String, String> chosen = new LinkedHashMap<>();
            String[] conflict = pass(roots, constraints, chosen);
            if (conflict == null) {
                chosen.forEach(this::check);
                return Map.copyOf(chosen);
            }
            List<String> ranges = constraints.computeIfAbsent(conflict[0], k -> new ArrayList<>());
            if (ranges.contains(conflict[1]) || attempt > 50) {
                throw new PackageException(conflict[0], "no version of '" + conflict[0] + "' satisfies all of "
                        + ranges + (conflict[2] == null ? "" : " (required by " + conflict[2] + ")"));
            }
            ranges.add(conflict[1]);
        }
    }

    /** One breadth-first pass; the {name, range, requiredBy} that the chosen version does not satisfy, or null. */
    private String[] pass(List<String[]> roots, Map<String, List<String>> constraints, Map<String, String> chosen) {
        Deque<String[]> queue = new ArrayDeque<>(roots);
        while (!queue.isEmpty()) {
            String[] want = queue.poll();
            String name = want[0];
            String range = want[1];
            String have = chosen.get(name);
            if (have != null) {
                if (!matches(have, range)) {
                    return want;
                }
                continue;
            }
            if (chosen.size() >= MAX_PACKAGES) {
                throw new PackageException(name, "too many packages (more than " + MAX_PACKAGES + ")");
            }
            NpmRegistry.Packument packument = registry.packument(name);
            List<String> ranges = new ArrayList<>(constraints.getOrDefault(name, List.of()));
            ranges.add(range);
            String version = pick(packument, ranges);
            if (version == null) {
                if (constraints.containsKey(name)) {
                    throw new PackageException(name, "no version of '" + name + "' satisfies all of " + ranges);
                }
                throw new PackageException(name, "no version of npm package '" + name + "' matches '" + range + "'"
                        + (want[2] == null ? "" : " (required by " + want[2] + ")"));
            }
            chosen.put(name, version);
            packument.versions().get(version).dependencies()
                    .forEach((dep, r) -> queue.add(new String[] {dep, r, name + "@" + version}));
        }
        return null;
    }

    private static boolean matches(String version, String range) {
        return isLatest(range) || Semver.satisfies(version, range);
    }

    private static boolean isLatest(String range) {
        return range == null || range.isBlank() || range.equals("latest") || range.equals("*");
    }

    private static String pick(NpmRegistry.Packument packument, List<String> ranges) {
        String latest = packument.distTags().get("latest");
        List<String> candidates = new ArrayList<>(packument.versions().keySet());
        if (latest != null && packument.versions().containsKey(latest)
                && ranges.stream().allMatch(r -> matches(latest, r))) {
            boolean anyRange = ranges.stream().anyMatch(r -> !isLatest(r));
            if (!anyRange) {
                return latest;
            }
        }
        for (String r : ranges) {
            if (!isLatest(r)) {
                if (packument.distTags().containsKey(r)) {
                    String tagged = packument.distTags().get(r);
                    candidates.removeIf(v -> !v.equals(tagged));
                } else {
                    candidates.removeIf(v -> !Semver.satisfies(v, r));
                }
            } else {
                candidates.removeIf(v -> Semver.parse(v) == null || Semver.parse(v)[3] == 0); // no pre-releases
            }
        }
        return candidates.stream().filter(v -> Semver.parse(v) != null).max(Semver::compare).orElse(null);
    }

    /** The package's directory in the cache, downloading it when it is not there. */
    public Path packageDir(String name, String version) {
        if (cache.contains(name, version)) {
            return cache.packageDir(name, version);
        }
        NpmRegistry.Version v = registry.packument(name).versions().get(version);
        if (v == null) {
            throw new PackageException(name, "npm package '" + name + "' has no version " + version);
        }
        return cache.ensure(registry, v);
    }

    /** Downloads and checks one resolved package (once per name@version). */
    private void check(String name, String version) {
        String key = name + "@" + version;
        if (checked.containsKey(key)) {
            return;
        }
        NpmRegistry.Version v = registry.packument(name).versions().get(version);
        if (v.gypfile()) {
            throw nativeAddOn(name, "gypfile: true");
        }
        Path dir = cache.ensure(registry, v);
        if (Files.exists(dir.resolve("binding.gyp"))) {
            throw nativeAddOn(name, "binding.gyp");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String f = file.getFileName().toString();
                if (f.endsWith(".node")) {
                    throw nativeAddOn(name, dir.relativize(file).toString());
                }
                if (Files.isRegularFile(file) && (f.endsWith(".js") || f.endsWith(".cjs") || f.endsWith(".mjs"))) {
                    String code = Files.readString(file, StandardCharsets.UTF_8);
                    for (String s : Specifier.scan(code)) {
                        String core = s.startsWith("node:") ? s.substring(5) : s;
                        if (UNAVAILABLE_CORE.contains(core)) {
                            throw new PackageException(name, "npm package '" + name + "@" + version
                                    + "' requires the Node.js module '" + core + "', which is not available in Millrace code steps"
                                    + " (in " + dir.relativize(file) + ")");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checked.put(key, version);
    }

    private static PackageException nativeAddOn(String name, String evidence) {
        return new PackageException(name, "npm package '" + name + "' is a native add-on (" + evidence
                + "); only pure-JavaScript packages can be used in Millrace code steps");
    }
}
