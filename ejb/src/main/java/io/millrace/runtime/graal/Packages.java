package io.millrace.runtime.graal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.millrace.runtime.npm.JsonReader;
import io.millrace.runtime.npm.PackageResolver;
import io.millrace.runtime.npm.Specifier;

/**
 * The npm packages one run may load (name to exact version), as the virtual file system and the CommonJS
 * loader in bootstrap.js see them: a package's files are at {@code /npm/<name>@<version>/<path>}, which maps
 * to its directory in the package cache. Every path is checked to stay inside a bound package's directory.
 */
final class Packages {

    static final Packages NONE = new Packages(null, Map.of());
    static final String ROOT = "/npm/";

    private static final Pattern CJS_EXPORT = Pattern.compile(
            "(?:\\bmodule\\.)?\\bexports\\.([A-Za-z_$][\\w$]*)\\s*=[^=]|Object\\.defineProperty\\(\\s*(?:module\\.)?exports\\s*,\\s*[\"']([A-Za-z_$][\\w$]*)[\"']");
    private static final Pattern ESM_DEFAULT = Pattern.compile("\\bexport\\s+default\\b|\\bas\\s+default\\b");
    private static final Set<String> RESERVED = Set.of("default", "break", "case", "catch", "class", "const",
            "continue", "debugger", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for",
            "function", "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this",
            "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "let", "static", "await",
            "implements", "interface", "package", "private", "protected", "public", "arguments", "eval", "__esModule");

    private final PackageResolver resolver;
    private final Map<String, String> versions;
    private final Map<String, Map<String, Object>> manifests = new ConcurrentHashMap<>();

    Packages(PackageResolver resolver, Map<String, String> versions) {
        this.resolver = resolver;
        this.versions = versions == null ? Map.of() : Map.copyOf(versions);
    }

    boolean isEmpty() {
        return resolver == null || versions.isEmpty();
    }

    boolean has(String name) {
        return !isEmpty() && versions.containsKey(name);
    }

    /** The ES module source that {@code import "<specifier>"} gets, or null when the specifier is no bound package. */
    String importWrapper(String specifier) throws IOException {
        Specifier spec = Specifier.parse(specifier);
        if (spec == null || !has(spec.name())) {
            return null;
        }
        String base = ROOT + spec.name() + "@" + versions.get(spec.name());
        String entry = spec.subpath().isEmpty() ? esmEntry(spec.name()) : exportsTarget(spec.name(), "./" + spec.subpath(), true);
        if (entry == null && !spec.subpath().isEmpty()) {
            entry = file(base, spec.subpath());
        }
        if (entry != null && isEsm(base + "/" + entry)) {
            String target = JsonStrings.quote(base + "/" + entry);
            String source = read(base + "/" + entry);
            return "export * from " + target + ";\n"
                    + (ESM_DEFAULT.matcher(source).find() ? "export { default } from " + target + ";\n" : "");
        }
        String cjs = spec.subpath().isEmpty() ? cjsEntry(spec.name()) : entry;
        if (cjs == null) {
            throw new IOException("Cannot find module '" + specifier + "'");
        }
        String path = base + "/" + cjs;
        StringBuilder out = new StringBuilder("const m = globalThis[Symbol.for(\"millrace.require\")](")
                .append(JsonStrings.quote(path)).append(");\nexport default m;\n");
        Set<String> names = new LinkedHashSet<>();
        if (!path.endsWith(".json")) {
            Matcher m = CJS_EXPORT.matcher(read(path));
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                if (!RESERVED.contains(name)) {
                    names.add(name);
                }
            }
        }
        if (!names.isEmpty()) {
            out.append("export const { ").append(String.join(", ", names)).append(" } = m;\n");
        }
        return out.toString();
    }

    /**
     * What {@code require(id)} from a file in directory {@code dir} (a virtual path; null for the step itself)
     * loads: "builtin:name", a virtual file path, or null when there is no such module.
     */
    String resolveRequire(String dir, String id) throws IOException {
        if (id.startsWith("node:")) {
            return "builtin:" + id;
        }
        if (id.startsWith("./") || id.startsWith("../") || id.equals(".") || id.equals("..") || id.startsWith("/")) {
            if (dir == null || !dir.startsWith(ROOT)) {
                return null;
            }
            String joined = id.startsWith("/") ? id : dir + "/" + id;
            String normalized = normalize(joined);
            String[] pkg = packageOf(normalized);
            if (pkg == null) {
                return null;
            }
            String base = ROOT + pkg[0] + "@" + pkg[1];
            String rel = normalized.length() > base.length() ? normalized.substring(base.length() + 1) : "";
            String file = file(base, rel);
            return file == null ? null : base + "/" + file;
        }
        Specifier spec = Specifier.parse(id);
        boolean builtin = BuiltinModules.PROVIDED.containsKey(id) || BuiltinModules.UNAVAILABLE.contains(id);
        if (spec == null || !has(spec.name()) || (builtin && dir == null)) {
            return builtin ? "builtin:" + id : null;
        }
        String base = ROOT + spec.name() + "@" + versions.get(spec.name());
        String entry = spec.subpath().isEmpty() ? cjsEntry(spec.name()) : exportsTarget(spec.name(), "./" + spec.subpath(), false);
        if (entry == null && !spec.subpath().isEmpty()) {
            entry = file(base, spec.subpath());
        }
        return entry == null ? null : base + "/" + entry;
    }

    /** The text of a file of a bound package, by virtual path. */
    String read(String virtualPath) throws IOException {
        return Files.readString(real(virtualPath), StandardCharsets.UTF_8);
    }

    byte[] bytes(String virtualPath) throws IOException {
        return Files.readAllBytes(real(virtualPath));
    }

    boolean exists(String virtualPath) {
        try {
            return Files.isRegularFile(real(virtualPath));
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a package file is an ES module: .mjs, or .js in a package of "type": "module". */
    boolean isEsm(String virtualPath) throws IOException {
        if (virtualPath.endsWith(".mjs")) {
            return true;
        }
        if (virtualPath.endsWith(".cjs") || virtualPath.endsWith(".json")) {
            return false;
        }
        String[] pkg = packageOf(virtualPath);
        return pkg != null && "module".equals(manifest(pkg[0]).get("type"));
    }

    /** The file on disk a virtual path names; {@link java.nio.file.NoSuchFileException} unless it is inside a bound package. */
    Path real(String virtualPath) throws IOException {
        String normalized = normalize(virtualPath);
        String[] pkg = packageOf(normalized);
        if (pkg == null || !normalized.equals(virtualPath.replace("/./", "/"))) {
            throw new java.nio.file.NoSuchFileException(virtualPath);
        }
        Path dir = resolver.packageDir(pkg[0], pkg[1]);
        String base = ROOT + pkg[0] + "@" + pkg[1];
        String rel = normalized.length() > base.length() ? normalized.substring(base.length() + 1) : "";
        Path file = dir.resolve(rel).normalize();
        if (!file.startsWith(dir)) {
            throw new java.nio.file.NoSuchFileException(virtualPath);
        }
        if (Files.exists(file) && !file.toRealPath().startsWith(dir.toRealPath())) {
            throw new java.nio.file.NoSuchFileException(virtualPath);
        }
        return file;
    }

    /** {name, version} of the bound package a normalized virtual path is in, or null. */
    String[] packageOf(String path) {
        if (isEmpty() || !path.startsWith(ROOT)) {
            return null;
        }
        String rest = path.substring(ROOT.length());
        int slash = rest.indexOf('/');
        if (rest.startsWith("@")) {
            slash = slash < 0 ? -1 : rest.indexOf('/', slash + 1);
        }
        String head = slash < 0 ? rest : rest.substring(0, slash);
        int at = head.lastIndexOf('@');
        if (at <= 0) {
            return null;
        }
        String name = head.substring(0, at);
        String version = head.substring(at + 1);
        return version.equals(versions.get(name)) ? new String[] {name, version} : null;
    }

    private Map<String, Object> manifest(String name) throws IOException {
        Map<String, Object> manifest = manifests.get(name);
        if (manifest == null) {
            String base = ROOT + name + "@" + versions.get(name);
            manifest = exists(base + "/package.json") ? JsonReader.object(JsonReader.parse(read(base + "/package.json"))) : Map.of();
            manifests.put(name, manifest);
        }
        return manifest;
    }

    /** The ES module entry (relative to the package) of a package, or null when it has none. */
    String esmEntry(String name) throws IOException {
        String base = ROOT + name + "@" + versions.get(name);
        String target = exportsTarget(name, ".", true);
        if (target != null && isEsm(base + "/" + target)) {
            return target;
        }
        Object module = manifest(name).get("module");
        if (module instanceof String m) {
            String file = file(base, strip(m));
            if (file != null) {
                return file;
            }
        }
        String main = cjsEntry(name);
        return main != null && isEsm(base + "/" + main) ? main : null;
    }

    /** The CommonJS entry of a package: exports' require/default, main, or index.js. */
    String cjsEntry(String name) throws IOException {
        String base = ROOT + name + "@" + versions.get(name);
        String target = exportsTarget(name, ".", false);
        if (target != null) {
            return target;
        }
        Object main = manifest(name).get("main");
        String file = file(base, main instanceof String m ? strip(m) : "index.js");
        return file != null ? file : file(base, "index.js");
    }

    /** The file the package's "exports" maps {@code key} to, for import or for require; null when none. */
    private String exportsTarget(String name, String key, boolean forImport) throws IOException {
        Object exports = manifest(name).get("exports");
        Object target;
        if (exports instanceof String s) {
            target = key.equals(".") ? s : null;
        } else if (exports instanceof Map<?, ?> map) {
            boolean subpaths = map.keySet().stream().anyMatch(k -> String.valueOf(k).startsWith("."));
            target = subpaths ? map.get(key) : key.equals(".") ? map : null;
        } else {
            return null;
        }
        String chosen = condition(target, forImport);
        if (chosen == null) {
            return null;
        }
        return file(ROOT + name + "@" + versions.get(name), strip(chosen));
    }

    private static String condition(Object target, boolean forImport) {
        if (target instanceof String s) {
            return s;
        }
        if (target instanceof List<?> list) {
            for (Object item : list) {
                String c = condition(item, forImport);
                if (c != null) {
                    return c;
                }
            }
            return null;
        }
        if (target instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String k = String.valueOf(e.getKey());
                if (k.equals(forImport ? "import" : "require") || k.equals("node") || k.equals("default")
                        || (forImport && k.equals("module"))) {
                    String c = condition(e.getValue(), forImport);
                    if (c != null) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private static String strip(String path) {
        String p = path;
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** Node's file resolution inside a package: as is, .js, .json, .cjs, .mjs, then a directory's main or index. */
    String file(String base, String rel) throws IOException {
        String r = strip(rel);
        String prefix = r.isEmpty() ? base + "/" : base + "/" + r;
        for (String suffix : new String[] {"", ".js", ".json", ".cjs", ".mjs"}) {
            if (!r.isEmpty() && exists(prefix + suffix)) {
                return r + suffix;
            }
        }
        String dir = r.isEmpty() ? "" : r + "/";
        if (exists(base + "/" + dir + "package.json")) {
            Object main = JsonReader.object(JsonReader.parse(read(base + "/" + dir + "package.json"))).get("main");
            if (main instanceof String m && !strip(m).isEmpty() && !strip(m).equals(".")) {
                String found = file(base, dir + strip(m));
                if (found != null) {
                    return found;
                }
            }
        }
        for (String index : new String[] {"index.js", "index.json", "index.cjs", "index.mjs"}) {
            if (exists(base + "/" + dir + index)) {
                return dir + index;
            }
        }
        return null;
    }

    static String normalize(String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }
}
