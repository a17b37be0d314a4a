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

/**
 * Resolves the packages a step imports, and their dependencies, to exact versions, and makes sure they are
 * in the {@link PackageCache} and usable: pure JavaScript, needing no Node.js core module Millrace lacks.
 * The result is flat: one version per package name, the highest satisfying every range that asks for it.
 * Thread-safe.
 */
public final class PackageResolver {

    /** Node core modules a package may not use (Millrace does not provide them). */
    /**
     * Node core modules a package may not use at all. Others Millrace lacks (punycode, domain,
     * dns/promises) only fail when required, so that packages that try them and fall back still load.
     */
    public static final Set<String> UNAVAILABLE_CORE = Set.of("inspector", "repl", "trace_events", "wasi");

    /**
     * Node core modules Millrace provides (runtime.graal.modules.BuiltinModules.PROVIDED; child_process, net,
     * tls and the like import fine there and throw only when called).
     */
    public static final Set<String> PROVIDED_CORE = Set.of("buffer", "crypto", "url", "util", "util/types", "timers",
            "timers/promises", "process", "fs", "fs/promises", "events", "stream", "stream/promises", "stream/web", "path",
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
     * {@code pkg/sub}) need, transitive dependencies included, each downloaded and checked, as a tree like the
     * one npm installs: keys are install paths as in npm's lockfile without the leading {@code node_modules/}
     * ({@code "got"} at the top, {@code "got/node_modules/lowercase-keys"} nested under got), values exact
     * versions. Each dependency is looked up as Node would find it from its dependent (its own
     * {@code node_modules}, then each parent's, then the top); a version found there that satisfies the range is
     * shared, otherwise the newest matching version is installed at the top when that name is free there, else
     * nested under the dependent. The step's own imports are at the top (one version per name satisfying all of
     * its ranges).
     *
     * @throws PackageException naming the package that is unknown, has no matching version, conflicts among the
     *                          step's own imports, is native, or needs a Node core module Millrace does not provide
     */
    public Map<String, String> resolve(Set<String> specifiers) {
        Map<String, List<String>> roots = new LinkedHashMap<>();
        for (String s : specifiers) {
            Specifier spec = Specifier.parse(s);
            if (spec == null) {
                throw new PackageException(s, "'" + s + "' is not an npm package specifier");
            }
            roots.computeIfAbsent(spec.name(), k -> new ArrayList<>()).add(spec.range());
        }
        Map<String, String> tree = new LinkedHashMap<>();
        Deque<String[]> queue = new ArrayDeque<>();
        for (Map.Entry<String, List<String>> root : roots.entrySet()) {
            String name = root.getKey();
            String version = pick(registry.packument(name), root.getValue());
            if (version == null) {
                throw new PackageException(name, root.getValue().size() > 1
                        ? "no version of '" + name + "' satisfies all of " + root.getValue()
                        : "no version of npm package '" + name + "' matches '" + root.getValue().get(0) + "'");
            }
            install(tree, queue, name, name, version);
        }
        while (!queue.isEmpty()) {
            String[] want = queue.poll();
            String requester = want[0];
            String name = want[1];
            String range = want[2];
            String found = TreePaths.lookup(tree, requester, name);
            if (found != null && matches(tree.get(found), range)) {
                continue;
            }
            String at = found == null ? name : requester + TreePaths.NESTED + name;
            if (tree.containsKey(at)) {
                throw new PackageException(name, "no version of '" + name + "' satisfies all of [" + tree.get(at) + ", "
                        + range + "] (required by " + requester + ")");
            }
            if (tree.size() >= MAX_PACKAGES) {
                throw new PackageException(name, "too many packages (more than " + MAX_PACKAGES + ")");
            }
            String version = pick(registry.packument(name), List.of(range));
            if (version == null) {
                throw new PackageException(name, "no version of npm package '" + name + "' matches '" + range + "'"
                        + " (required by " + TreePaths.name(requester) + "@" + tree.get(requester) + ")");
            }
            install(tree, queue, at, name, version);
        }
        new LinkedHashMap<>(tree).forEach((path, version) -> check(TreePaths.name(path), version));
        return Map.copyOf(tree);
    }

    private void install(Map<String, String> tree, Deque<String[]> queue, String at, String name, String version) {
        tree.put(at, version);
        registry.packument(name).versions().get(version).dependencies()
                .forEach((dep, r) -> queue.add(new String[] {at, dep, r}));
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

    /**
     * The directory of the newest version of the package a specifier ({@code name}, {@code name@range}) names,
     * downloaded into the cache: the files of a component published on npm.
     *
     * @throws PackageException when the package is unknown or no version matches
     */
    public Path download(String specifier) {
        Specifier spec = Specifier.parse(specifier);
        if (spec == null || !spec.subpath().isEmpty()) {
            throw new PackageException(specifier, "'" + specifier + "' is not an npm package specifier (name or name@range)");
        }
        NpmRegistry.Packument packument = registry.packument(spec.name());
        String version = pick(packument, List.of(spec.range()));
        if (version == null) {
            throw new PackageException(spec.name(), "no version of npm package '" + spec.name() + "' matches '" + spec.range() + "'");
        }
        return cache.ensure(registry, packument.versions().get(version));
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

    /**
     * Downloads and checks one resolved package (once per name@version): it is no native add-on (gypfile,
     * binding.gyp, .node files, an install script that builds or downloads one), and the files reachable from its
     * entry points ({@link PackageReach}) need no Node core module Millrace lacks. Files that nothing loads
     * (build configs, CLIs, tests) are not read.
     */
    private void check(String name, String version) {
        String key = name + "@" + version;
        if (checked.containsKey(key)) {
            return;
        }
        NpmRegistry.Version v = registry.packument(name).versions().get(version);
        if (v.gypfile()) {
            throw nativeAddOn(name, "gypfile: true");
        }
        String script = InstallScripts.building(v.manifest());
        if (script != null) {
            throw new PackageException(name, "npm package '" + name + "@" + version + "' needs its install script to"
                    + " build or download a native add-on (" + script + "); Millrace runs no install scripts, so only"
                    + " pure-JavaScript packages can be used in Millrace code steps");
        }
        Path dir = cache.ensure(registry, v);
        if (Files.exists(dir.resolve("binding.gyp"))) {
            throw nativeAddOn(name, "binding.gyp");
        }
        try {
            for (Map.Entry<String, String> file : PackageReach.reachable(dir).entrySet()) {
                if (file.getKey().endsWith(".node")) {
                    throw nativeAddOn(name, file.getKey());
                }
                for (String s : Specifier.scan(file.getValue())) {
                    String core = s.startsWith("node:") ? s.substring(5) : s;
                    if (UNAVAILABLE_CORE.contains(core)) {
                        throw new PackageException(name, "npm package '" + name + "@" + version
                                + "' requires the Node.js module '" + core + "', which is not available in Millrace code steps"
                                + " (in " + file.getKey() + ")");
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
