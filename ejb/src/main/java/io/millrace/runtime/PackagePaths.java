package io.millrace.runtime;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paths inside a component package and Node's rules for the files a relative specifier names: the path
 * as written, then with {@code .mjs}, {@code .js}, {@code .cjs}, {@code .json}, then a directory's
 * {@code package.json} {@code main} or its {@code index} file with those extensions.
 */
public final class PackagePaths {

    /** The extensions tried, in order, after the path as written. */
    static final String[] EXTENSIONS = {".mjs", ".js", ".cjs", ".json"};
    private static final Pattern IMPORTS = Pattern.compile(
            "(?:\\bfrom\\s*|\\bimport\\s*\\(?\\s*|\\brequire\\s*\\(\\s*)([\"'])([^\"'\\n]+)\\1");
    private static final Pattern MAIN = Pattern.compile("\"main\"\\s*:\\s*\"([^\"]+)\"");

    private PackagePaths() {
    }

    /** A relative path normalized ("a/./b" to "a/b"), or null when it is absolute, empty or climbs out. */
    public static String clean(String path) {
        if (path == null || path.isBlank() || path.startsWith("/") || path.contains("\\") || path.contains("\n")
                || path.contains("\0")) {
            return null;
        }
        Deque<String> parts = parts(path);
        return parts == null || parts.isEmpty() ? null : String.join("/", parts);
    }

    /** True for {@code ./x}, {@code ../x}, {@code .} and {@code ..}: a specifier resolved inside the package. */
    public static boolean isRelative(String specifier) {
        return specifier.equals(".") || specifier.equals("..") || specifier.startsWith("./") || specifier.startsWith("../");
    }

    /** The directory of a file path ("" at the root). */
    public static String dir(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * The path {@code specifier} names relative to the file {@code importer}, before file resolution, or null
     * when it climbs out of the package.
     */
    public static String join(String importer, String specifier) {
        String dir = dir(importer);
        String joined = dir.isEmpty() ? specifier : dir + "/" + specifier;
        if (specifier.equals("..") || specifier.endsWith("/..")) {
            joined = joined + "/";
        }
        Deque<String> parts = parts(joined);
        return parts == null ? null : String.join("/", parts);
    }

    /** The parts of a path, "." and empty ones left out and ".." applied, or null when ".." climbs above its start. */
    private static Deque<String> parts(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts;
    }

    /**
     * The file of {@code files} that {@code specifier} (relative) names from {@code importer}, by Node's rules.
     *
     * @throws PackageProblem when the path climbs out of the package or names no file of it
     */
    public static String resolve(Map<String, String> files, String importer, String specifier) {
        String path = join(importer, specifier);
        if (path == null) {
            throw new PackageProblem("files", importer + " imports '" + specifier
                    + "', a path outside the package (it climbs above the package's root)");
        }
        String found = file(files, path);
        if (found == null) {
            throw new PackageProblem("files", importer + " imports '" + specifier + "', which names no file of the package"
                    + " (tried " + (path.isEmpty() ? "the package's root" : path) + " with .mjs, .js, .cjs, .json and index files)");
        }
        return found;
    }

    /** Node's file resolution of a normalized path in {@code files}; null when nothing matches. */
    public static String file(Map<String, String> files, String path) {
        if (!path.isEmpty()) {
            if (files.containsKey(path)) {
                return path;
            }
            for (String ext : EXTENSIONS) {
                if (files.containsKey(path + ext)) {
                    return path + ext;
                }
            }
        }
        String dir = path.isEmpty() ? "" : path + "/";
        String manifest = files.get(dir + "package.json");
        if (manifest != null) {
            Matcher m = MAIN.matcher(manifest);
            if (m.find()) {
                String main = join(dir + "package.json", m.group(1).startsWith(".") ? m.group(1) : "./" + m.group(1));
                if (main != null && !main.equals(path) && main.startsWith(path)) {
                    String found = file(files, main);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        for (String ext : EXTENSIONS) {
            if (files.containsKey(dir + "index" + ext)) {
                return dir + "index" + ext;
            }
        }
        return null;
    }

    /**
     * The files reachable from the package's entry through relative imports and requires, entry first.
     *
     * @throws PackageProblem for the first relative specifier that climbs out of the package or names no file
     */
    public static Set<String> reachable(ComponentPackage pkg) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(pkg.entry());
        while (!queue.isEmpty()) {
            String file = queue.poll();
            if (!seen.add(file) || !isCode(file)) {
                continue;
            }
            for (String specifier : scan(pkg.files().get(file))) {
                if (isRelative(specifier)) {
                    queue.add(resolve(pkg.files(), file, specifier));
                }
            }
        }
        return seen;
    }

    /** True for files that may import others (.mjs, .js, .cjs). */
    public static boolean isCode(String path) {
        return path.endsWith(".mjs") || path.endsWith(".js") || path.endsWith(".cjs");
    }

    /** The specifiers in the code's {@code import}, {@code export … from}, {@code import()} and {@code require()}, comments left out. */
    public static Set<String> scan(String code) {
        Set<String> found = new LinkedHashSet<>();
        if (code == null) {
            return found;
        }
        Matcher m = IMPORTS.matcher(withoutComments(code));
        while (m.find()) {
            found.add(m.group(2));
        }
        return found;
    }

    /** The code with its comments blanked out (strings and template literals kept as they are). */
    static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int n = code.length();
        int i = 0;
        while (i < n) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                int end = i + 1;
                while (end < n && code.charAt(end) != c && (c == '`' || code.charAt(end) != '\n')) {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
                out.append(code, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
                int end = code.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
