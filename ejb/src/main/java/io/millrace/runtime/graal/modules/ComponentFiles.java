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
            source = ImportWrappers.commonJs(virtualPath, text);
        }
        return source.getBytes(StandardCharsets.UTF_8);
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
