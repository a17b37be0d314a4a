package io.millrace.runtime.graal.modules;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import io.millrace.runtime.ComponentPackage;
import io.millrace.runtime.PackagePaths;
import io.millrace.runtime.PackageProblem;

/**
 * The files of the component package a run loads, at {@code /pkg/<id>/<path>} (the id differs per package
 * content, so two packages run in one context never share a module). An ES module file is served as it is;
 * a CommonJS file (.cjs, or .js that the nearest package.json does not declare {@code "type": "module"} and
 * that has no {@code import}/{@code export} statement) is served as a module re-exporting its
 * {@code module.exports}, loaded by bootstrap.js's {@code require}; a JSON file as its default export.
 * Specifiers without an extension resolve as Node resolves them ({@link PackagePaths#file}).
 */
public final class ComponentFiles {

    private static final Pattern ESM_SYNTAX = Pattern.compile(
            "(?m)^\\s*(?:import\\s*[\\w{*\"'$]|export\\s+(?:default|const|let|var|function|class|async|\\{|\\*))");
    private static final Pattern TYPE_MODULE = Pattern.compile("\"type\"\\s*:\\s*\"module\"");
    private static final Pattern TYPE_COMMONJS = Pattern.compile("\"type\"\\s*:\\s*\"commonjs\"");

    private final ComponentPackage pkg;
    private final String root;

    ComponentFiles(ComponentPackage pkg) {
        this.pkg = pkg;
        this.root = root(pkg);
    }

    private static String root(ComponentPackage pkg) {
        return "/pkg/" + pkg.id();
    }

    /** The virtual path of a package's entry file. */
    public static String entryPath(ComponentPackage pkg) {
        return root(pkg) + "/" + pkg.entry();
    }

    /** True when {@code virtualPath} is inside this package's directory. */
    boolean contains(String virtualPath) {
        return virtualPath != null && virtualPath.startsWith(root + "/");
    }

    /** The text of the file at {@code virtualPath}, or null when there is none. */
    String text(String virtualPath) {
        return contains(virtualPath) ? pkg.files().get(virtualPath.substring(root.length() + 1)) : null;
    }

    /** The virtual path of the file Node would load for {@code virtualPath} (extensions, index files), or null. */
    String resolve(String virtualPath) {
        if (!contains(virtualPath)) {
            return null;
        }
        String rel = Packages.normalize(virtualPath).substring(1);
        if (!rel.startsWith(root.substring(1) + "/")) {
            return null;
        }
        String file = PackagePaths.file(pkg.files(), rel.substring(root.length()));
        return file == null ? null : root + "/" + file;
    }

    /** What {@code require(id)} (relative) from the directory {@code dir} loads: a virtual path, or null. */
    String require(String dir, String id) {
        String rel = dir.equals(root) ? "" : dir.substring(root.length() + 1);
        try {
            return root + "/" + PackagePaths.resolve(pkg.files(), rel.isEmpty() ? "x" : rel + "/x", id);
        } catch (PackageProblem e) {
            return null;
        }
    }

    /** The module source an {@code import} of the (resolved) file at {@code virtualPath} gets. */
    byte[] moduleSource(String virtualPath) {
        String text = text(virtualPath);
        String source;
        if (virtualPath.endsWith(".json") || isEsm(virtualPath)) {
            source = text;
        } else {
            source = requiredModules(virtualPath) + ImportWrappers.commonJs(virtualPath, text);
        }
        return source.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Imports of the ES modules that the CommonJS file at {@code virtualPath} requires, directly or through other
     * CommonJS files of the package, each registered for bootstrap.js's {@code require} (which cannot load an ES
     * module synchronously itself).
     */
    private String requiredModules(String virtualPath) {
        StringBuilder out = new StringBuilder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Deque<String> queue = new java.util.ArrayDeque<>(java.util.List.of(virtualPath));
        int n = 0;
        while (!queue.isEmpty()) {
            String file = queue.poll();
            if (!seen.add(file)) {
                continue;
            }
            if (!file.equals(virtualPath) && isEsm(file)) {
                String quoted = io.millrace.runtime.graal.host.JsonStrings.quote(file);
                out.append("import * as __millrace_esm").append(n).append(" from ").append(quoted).append(";\n")
                        .append("globalThis[Symbol.for(\"millrace.esm\")].set(").append(quoted).append(", __millrace_esm")
                        .append(n++).append(");\n");
                continue;
            }
            if (file.endsWith(".json")) {
                continue;
            }
            for (String specifier : PackagePaths.scan(text(file))) {
                if (PackagePaths.isRelative(specifier)) {
                    String found = require(file.substring(0, file.lastIndexOf('/')), specifier);
                    if (found != null) {
                        queue.add(found);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Whether the file is an ES module: .mjs; .js by the nearest package.json's type, else by its syntax. */
    boolean isEsm(String virtualPath) {
        if (virtualPath.endsWith(".mjs")) {
            return true;
        }
        if (virtualPath.endsWith(".cjs") || virtualPath.endsWith(".json")) {
            return false;
        }
        String rel = virtualPath.substring(root.length() + 1);
        for (String dir = PackagePaths.dir(rel); ; dir = PackagePaths.dir(dir)) {
            String manifest = pkg.files().get(dir.isEmpty() ? "package.json" : dir + "/package.json");
            if (manifest != null && TYPE_MODULE.matcher(manifest).find()) {
                return true;
            }
            if (manifest != null && TYPE_COMMONJS.matcher(manifest).find()) {
                return false;
            }
            if (dir.isEmpty()) {
                break;
            }
        }
        return ESM_SYNTAX.matcher(text(virtualPath)).find();
    }
}
