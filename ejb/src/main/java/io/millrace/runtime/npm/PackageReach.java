package io.millrace.runtime.npm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.millrace.runtime.PackagePaths;

/**
 * The files of an unpacked npm package that Node could load: its entry points ({@code main} or index.js,
 * {@code module}, every file {@code exports} names) and, from them, every file reached through relative
 * {@code require}s and {@code import}s (resolved as Node does). Unresolvable relative specifiers are left out
 * (optional requires in try/catch are common). Build configurations, CLIs and tests that nothing loads are not
 * among them.
 */
final class PackageReach {

    private PackageReach() {
    }

    /** Path inside the package to text, of each reachable file (a .node file's text is empty). */
    static Map<String, String> reachable(Path dir) throws IOException {
        Map<String, String> files = new Disk(dir);
        Deque<String> queue = new ArrayDeque<>();
        for (String entry : entries(files)) {
            String file = PackagePaths.file(files, entry);
            if (file != null) {
                queue.add(file);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        while (!queue.isEmpty()) {
            String file = queue.poll();
            if (out.containsKey(file)) {
                continue;
            }
            if (file.endsWith(".node")) {
                out.put(file, "");
                continue;
            }
            String text = files.get(file);
            out.put(file, text);
            if (!PackagePaths.isCode(file)) {
                continue;
            }
            for (String specifier : PackagePaths.scan(text)) {
                if (!PackagePaths.isRelative(specifier)) {
                    continue;
                }
                String path = PackagePaths.join(file, specifier);
                String found = path == null ? null : PackagePaths.file(files, path);
                if (found == null && path != null && files.containsKey(path + ".node")) {
                    found = path + ".node";
                }
                if (found != null) {
                    queue.add(found);
                }
            }
        }
        return out;
    }

    /** The package's entry points, as paths to resolve: main (or ""), module, and the targets of exports. */
    private static Set<String> entries(Map<String, String> files) {
        Set<String> out = new java.util.LinkedHashSet<>();
        Map<String, Object> manifest = Map.of();
        if (files.containsKey("package.json")) {
            try {
                manifest = JsonReader.object(JsonReader.parse(files.get("package.json")));
            } catch (RuntimeException e) {
                // an unreadable package.json: Node's defaults
            }
        }
        out.add(manifest.get("main") instanceof String m ? strip(m) : "");
        if (manifest.get("module") instanceof String m) {
            out.add(strip(m));
        }
        targets(manifest.get("exports"), out);
        out.add("");
        return out;
    }

    private static void targets(Object exports, Set<String> out) {
        if (exports instanceof String s) {
            if (!s.contains("*")) {
                out.add(strip(s));
            }
        } else if (exports instanceof Map<?, ?> map) {
            map.values().forEach(v -> targets(v, out));
        } else if (exports instanceof List<?> list) {
            list.forEach(v -> targets(v, out));
        }
    }

    private static String strip(String path) {
        String p = PackagePaths.clean(path.startsWith("/") ? path.substring(1) : path);
        return p == null ? "" : p;
    }

    /** The files of a directory as a map, for {@link PackagePaths#file}: only containsKey and get are used. */
    private static final class Disk extends AbstractMap<String, String> {
        private final Path dir;

        Disk(Path dir) {
            this.dir = dir;
        }

        @Override
        public boolean containsKey(Object key) {
            Path file = dir.resolve(String.valueOf(key)).normalize();
            return file.startsWith(dir) && Files.isRegularFile(file);
        }

        @Override
        public String get(Object key) {
            if (!containsKey(key)) {
                return null;
            }
            try {
                return Files.readString(dir.resolve(String.valueOf(key)).normalize(), StandardCharsets.UTF_8);
            } catch (java.nio.charset.MalformedInputException e) {
                return "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            throw new UnsupportedOperationException();
        }
    }
}
