package io.millrace.runtime.graal.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import io.millrace.runtime.ComponentPackage;
import io.millrace.runtime.PackagePaths;
import io.millrace.runtime.npm.PackageResolver;
import io.millrace.runtime.npm.Specifier;
import io.millrace.runtime.npm.TreePaths;

/**
 * The npm packages one run may load (name to exact version), as the virtual file system and the CommonJS
 * loader in bootstrap.js see them: a package's files are at {@code /npm/<name>@<version>/<path>}, which maps
 * to its directory in the package cache. Every path is checked to stay inside a bound package's directory.
 * Which file a specifier names is decided by {@link PackageEntries}; what an {@code import} of a package
 * gets, by {@link ImportWrappers}. The files of the component package a run loads (if any) are at
 * {@code /pkg/<id>/<path>} (see {@link ComponentFiles}).
 */
public final class Packages {

    /** No packages: every import or require of one fails. */
    public static final Packages NONE = new Packages(null, Map.of());
    static final String ROOT = "/npm/";

    private final PackageResolver resolver;
    private final Map<String, String> versions;
    private final PackageEntries entries = new PackageEntries(this);
    private final ComponentFiles component;

    /** The packages {@code versions} names (name to exact version), from {@code resolver}'s cache. */
    public Packages(PackageResolver resolver, Map<String, String> versions) {
        this(resolver, versions, null);
    }

    /** As {@link #Packages(PackageResolver, Map)}, with the files of a component package (null for none). */
    public Packages(PackageResolver resolver, Map<String, String> versions, ComponentPackage component) {
        this.resolver = resolver;
        this.versions = versions == null ? Map.of() : Map.copyOf(versions);
        this.component = component == null ? null : new ComponentFiles(component);
    }

    /** The component package's files, or null when the run loads a single module. */
    public ComponentFiles component() {
        return component;
    }

    boolean isEmpty() {
        return resolver == null || versions.isEmpty();
    }

    /** True when a package of this name is at the top of the tree (what the step's own imports get). */
    boolean has(String name) {
        return !isEmpty() && versions.containsKey(name);
    }

    /** True when a package is installed at this path of the tree (see {@link TreePaths}). */
    boolean hasKey(String key) {
        return !isEmpty() && versions.containsKey(key);
    }

    /**
     * The virtual directory of the package installed at {@code key} (a name at the top of the tree, or an install
     * path such as {@code a/node_modules/b}): {@code /npm/<key>@<version>}.
     */
    String base(String key) {
        return ROOT + key + "@" + versions.get(key);
    }

    PackageEntries entries() {
        return entries;
    }

    /**
     * What {@code require(id)} from a file in directory {@code dir} (a virtual path; null for the step itself)
     * loads: "builtin:name", a virtual file path, or null when there is no such module.
     */
    public String resolveRequire(String dir, String id) throws IOException {
        if (id.startsWith("node:")) {
            return "builtin:" + id;
        }
        boolean inComponent = component != null && dir != null && component.contains(dir + "/");
        if (inComponent && PackagePaths.isRelative(id)) {
            return component.require(dir, id);
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
            String file = entries.file(base, rel);
            return file == null ? null : base + "/" + file;
        }
        Specifier spec = Specifier.parse(id);
        boolean builtin = BuiltinModules.PROVIDED.containsKey(id) || BuiltinModules.UNAVAILABLE.contains(id);
        if (spec == null || !has(spec.name()) || (builtin && (dir == null || inComponent))) {
            return builtin ? "builtin:" + id : null;
        }
        String[] from = dir == null || inComponent ? null : packageOf(normalize(dir));
        String key = TreePaths.lookup(versions, from == null ? null : from[0], spec.name());
        if (key == null) {
            return builtin ? "builtin:" + id : null;
        }
        String base = base(key);
        String entry = spec.subpath().isEmpty() ? entries.cjsEntry(key)
                : entries.exportsTarget(key, "./" + spec.subpath(), false);
        if (entry == null && !spec.subpath().isEmpty()) {
            entry = entries.file(base, spec.subpath());
        }
        return entry == null ? null : base + "/" + entry;
    }

    /** The text of a file of a bound package, by virtual path. */
    public String read(String virtualPath) throws IOException {
        if (component != null && component.contains(virtualPath)) {
            return component.text(virtualPath);
        }
        return Files.readString(real(virtualPath), StandardCharsets.UTF_8);
    }

    byte[] bytes(String virtualPath) throws IOException {
        return Files.readAllBytes(real(virtualPath));
    }

    boolean exists(String virtualPath) {
        if (component != null && component.contains(virtualPath)) {
            return component.text(virtualPath) != null;
        }
        try {
            return Files.isRegularFile(real(virtualPath));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * An ES module that imports the npm packages a CommonJS step {@code require}s (literal bare specifiers) whose
     * file for {@code require} is an ES module, and registers each namespace for bootstrap.js's {@code require};
     * "" when there are none.
     */
    public String esmRequires(String code) {
        if (isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String specifier : Specifier.scan(code)) {
            try {
                String target = Specifier.parse(specifier) == null ? null : resolveRequire(null, specifier);
                if (target != null && !target.startsWith("builtin:") && isEsModule(target)) {
                    String quoted = io.millrace.runtime.graal.host.JsonStrings.quote(target);
                    out.append("import * as __millrace_esm").append(n).append(" from ")
                            .append(io.millrace.runtime.graal.host.JsonStrings.quote(specifier)).append(";\n")
                            .append("globalThis[Symbol.for(\"millrace.esm\")].set(").append(quoted)
                            .append(", __millrace_esm").append(n++).append(");\n");
                }
            } catch (IOException e) {
                // left to require, which reports it
            }
        }
        return out.toString();
    }

    /** Whether a file (of the component package or of an npm package) is an ES module, which require cannot load. */
    public boolean isEsModule(String virtualPath) throws IOException {
        if (component != null && component.contains(virtualPath)) {
            return component.isEsm(virtualPath);
        }
        return virtualPath.startsWith(ROOT) && packageOf(normalize(virtualPath)) != null && isEsm(virtualPath);
    }

    /**
     * Whether a package file is an ES module: .mjs, or .js whose nearest package.json (inside the package, as
     * Node looks it up: dual packages often have lib/esm/package.json with "type": "module") says "type": "module".
     */
    boolean isEsm(String virtualPath) throws IOException {
        if (virtualPath.endsWith(".mjs")) {
            return true;
        }
        if (virtualPath.endsWith(".cjs") || virtualPath.endsWith(".json")) {
            return false;
        }
        String[] pkg = packageOf(virtualPath);
        return pkg != null && "module".equals(entries.nearestType(pkg[0], normalize(virtualPath)));
    }

    /**
     * Whether an ES module's {@code import} of this package file loads it as CommonJS, as Node does: a .cjs file,
     * or a .js file of a package that is not "type": "module" and has no import or export statement.
     */
    boolean isCommonJsFile(String virtualPath) throws IOException {
        if (virtualPath.endsWith(".cjs")) {
            return true;
        }
        return virtualPath.endsWith(".js") && !isEsm(virtualPath) && !ESM_SYNTAX.matcher(read(virtualPath)).find();
    }

    private static final java.util.regex.Pattern ESM_SYNTAX = java.util.regex.Pattern.compile(
            "(?m)^\\s*(?:import\\s*[\\w{*'\"]|export\\s*[\\w{*])");

    /** The file on disk a virtual path names; {@link NoSuchFileException} unless it is inside a bound package. */
    Path real(String virtualPath) throws IOException {
        String normalized = normalize(virtualPath);
        String[] pkg = packageOf(normalized);
        if (pkg == null || !normalized.equals(virtualPath.replace("/./", "/"))) {
            throw new NoSuchFileException(virtualPath);
        }
        Path dir = resolver.packageDir(TreePaths.name(pkg[0]), pkg[1]);
        String base = ROOT + pkg[0] + "@" + pkg[1];
        String rel = normalized.length() > base.length() ? normalized.substring(base.length() + 1) : "";
        Path file = dir.resolve(rel).normalize();
        if (!file.startsWith(dir)) {
            throw new NoSuchFileException(virtualPath);
        }
        if (Files.exists(file) && !file.toRealPath().startsWith(dir.toRealPath())) {
            throw new NoSuchFileException(virtualPath);
        }
        return file;
    }

    /** {install path, version} of the bound package a normalized virtual path is in (the deepest), or null. */
    String[] packageOf(String path) {
        if (isEmpty() || !path.startsWith(ROOT)) {
            return null;
        }
        String best = null;
        for (Map.Entry<String, String> e : versions.entrySet()) {
            String base = ROOT + e.getKey() + "@" + e.getValue();
            if ((path.equals(base) || path.startsWith(base + "/")) && (best == null || e.getKey().length() > best.length())) {
                best = e.getKey();
            }
        }
        return best == null ? null : new String[] {best, versions.get(best)};
    }

    /**
     * The bytes GraalJS gets for a package file: the file, except that in an ES module a bare specifier that names
     * another version than the top of the tree's (a nested package, as npm installs one when ranges conflict) is
     * replaced by one that names that package exactly ({@link ImportWrappers#nested}).
     */
    byte[] moduleBytes(String virtualPath) throws IOException {
        String[] pkg = packageOf(normalize(virtualPath));
        if (pkg == null || !isEsm(virtualPath) || versions.keySet().stream().noneMatch(k -> k.contains(TreePaths.NESTED))) {
            return bytes(virtualPath);
        }
        return NestedImports.rewrite(read(virtualPath), specifier -> {
            Specifier spec = Specifier.parse(specifier);
            if (spec == null || BuiltinModules.PROVIDED.containsKey(specifier)) {
                return null;
            }
            String key = TreePaths.lookup(versions, pkg[0], spec.name());
            return key == null || key.equals(spec.name()) ? null : "/builtin/" + ImportWrappers.nested(key, spec.subpath());
        }).getBytes(StandardCharsets.UTF_8);
    }

    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
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
