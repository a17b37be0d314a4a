package io.millrace.runtime.graal.modules;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.millrace.runtime.graal.host.JsonStrings;
import io.millrace.runtime.npm.Specifier;

/**
 * The ES module that {@code import "<package>"} gets: a re-export of the package's ES module entry, or,
 * for a CommonJS package, its {@code module.exports} as the default export with the names it assigns to
 * {@code exports} (found by a scan of its source) as named exports.
 */
final class ImportWrappers {

    private static final Pattern CJS_EXPORT = Pattern.compile(
            "(?:\\bmodule\\.)?\\bexports\\.([A-Za-z_$][\\w$]*)\\s*=[^=]|Object\\.defineProperty\\(\\s*(?:module\\.)?exports\\s*,\\s*[\"']([A-Za-z_$][\\w$]*)[\"']");
    private static final Pattern REEXPORT = Pattern.compile(
            "__exportStar\\(\\s*require\\(\\s*[\"']([^\"']+)[\"']\\s*\\)\\s*,\\s*exports\\s*\\)");
    private static final Pattern ESM_DEFAULT = Pattern.compile("\\bexport\\s+default\\b|\\bas\\s+default\\b");
    private static final Set<String> RESERVED = Set.of("default", "break", "case", "catch", "class", "const",
            "continue", "debugger", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for",
            "function", "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this",
            "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "let", "static", "await",
            "implements", "interface", "package", "private", "protected", "public", "arguments", "eval", "__esModule");

    private static final String NESTED = "%nested/";
    private static final String SUBPATH = "/%";

    private ImportWrappers() {
    }

    /** The ES module source that {@code import "<specifier>"} gets, or null when the specifier is no bound package. */
    static String of(Packages packages, String specifier) throws IOException {
        if (specifier.startsWith(NESTED)) {
            int cut = specifier.indexOf(SUBPATH);
            String subpath = cut < 0 ? "" : specifier.substring(cut + SUBPATH.length());
            return cut < 0 ? null : ofKey(packages, specifier.substring(NESTED.length(), cut),
                    subpath.startsWith("/") ? subpath.substring(1) : subpath, specifier);
        }
        Specifier spec = Specifier.parse(specifier);
        if (spec == null || !packages.has(spec.name())) {
            return null;
        }
        return ofKey(packages, spec.name(), spec.subpath(), specifier);
    }

    /**
     * The specifier (a name under {@link BuiltinModules#ROOT}) that stands, in an ES module of a package, for the
     * package installed at {@code key} (see {@link io.millrace.runtime.npm.TreePaths}) and a path inside it.
     */
    static String nested(String key, String subpath) {
        return NESTED + key + SUBPATH + (subpath.isEmpty() ? "" : "/" + subpath);
    }

    /** As {@link #of}, for the package installed at {@code key}. */
    private static String ofKey(Packages packages, String key, String subpath, String specifier) throws IOException {
        if (!packages.hasKey(key)) {
            return null;
        }
        PackageEntries entries = packages.entries();
        String base = packages.base(key);
        String entry = subpath.isEmpty() ? entries.esmEntry(key)
                : entries.exportsTarget(key, "./" + subpath, true);
        if (entry == null && !subpath.isEmpty()) {
            entry = entries.file(base, subpath);
        }
        if (entry != null && packages.isEsm(base + "/" + entry)) {
            String target = JsonStrings.quote(base + "/" + entry);
            String source = packages.read(base + "/" + entry);
            return "export * from " + target + ";\n"
                    + (ESM_DEFAULT.matcher(source).find() ? "export { default } from " + target + ";\n" : "");
        }
        String cjs = subpath.isEmpty() ? entries.cjsEntry(key) : entry;
        if (cjs == null) {
            throw new IOException("Cannot find module '" + specifier + "'");
        }
        String path = base + "/" + cjs;
        return commonJs(packages, path, path.endsWith(".json") ? null : packages.read(path));
    }

    private static void collect(Packages packages, String path, String source, Set<String> names, Set<String> seen) {
        if (source == null || !seen.add(path) || seen.size() > 50) {
            return;
        }
        Matcher m = CJS_EXPORT.matcher(source);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (!RESERVED.contains(name)) {
                names.add(name);
            }
        }
        if (packages == null) {
            return;
        }
        Matcher r = REEXPORT.matcher(source);
        while (r.find()) {
            try {
                String target = packages.resolveRequire(path.substring(0, path.lastIndexOf('/')), r.group(1));
                if (target != null && !target.startsWith("builtin:") && !target.endsWith(".json") && !packages.isEsModule(target)) {
                    collect(packages, target, packages.read(target), names, seen);
                }
            } catch (IOException e) {
                // not followed: require reports it when the module runs
            }
        }
    }

    /**
     * The ES module that an {@code import} of the CommonJS file at {@code path} gets: its {@code module.exports} as
     * the default export and the names {@code source} assigns to {@code exports} as named exports (none for null).
     */
    static String commonJs(String path, String source) {
        return commonJs(null, path, source);
    }

    /**
     * As {@link #commonJs(String, String)}, also with the names of the package files it re-exports whole, as
     * TypeScript's output does ({@code __exportStar(require("./types"), exports)}), as Node finds them.
     */
    static String commonJs(Packages packages, String path, String source) {
        StringBuilder out = new StringBuilder("const m = globalThis[Symbol.for(\"millrace.require\")](")
                .append(JsonStrings.quote(path)).append(");\nexport default m;\n");
        Set<String> names = new LinkedHashSet<>();
        collect(packages, path, source, names, new java.util.HashSet<>());
        if (!names.isEmpty()) {
            out.append("export const { ").append(String.join(", ", names)).append(" } = m;\n");
        }
        return out.toString();
    }
}
