package io.millrace.runtime.graal.modules;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.millrace.runtime.npm.JsonReader;

/**
 * Which file of a bound package a specifier names, as Node decides it: the package.json's
 * {@code exports} (with the import, require, node, default and module conditions), {@code module},
 * {@code main}, then Node's file resolution (as is, .js, .json, .cjs, .mjs, a directory's main or index).
 * Paths returned are relative to the package's virtual directory.
 */
final class PackageEntries {

    private final Packages packages;
    private final Map<String, Map<String, Object>> manifests = new ConcurrentHashMap<>();
    private final Map<String, String> types = new ConcurrentHashMap<>();

    PackageEntries(Packages packages) {
        this.packages = packages;
    }

    /** The package.json of a bound package (empty when it has none), read once. */
    Map<String, Object> manifest(String name) throws IOException {
        Map<String, Object> manifest = manifests.get(name);
        if (manifest == null) {
            String json = packages.base(name) + "/package.json";
            manifest = packages.exists(json) ? JsonReader.object(JsonReader.parse(packages.read(json))) : Map.of();
            manifests.put(name, manifest);
        }
        return manifest;
    }

    /**
     * The "type" of the package.json nearest to a file of the package installed at {@code key} (searched from the
     * file's directory up to the package's), or null when none says.
     */
    String nearestType(String key, String file) throws IOException {
        String base = packages.base(key);
        String dir = file.substring(0, file.lastIndexOf('/'));
        while (dir.length() > base.length() && dir.startsWith(base + "/")) {
            String cachedType = types.get(dir);
            if (cachedType == null) {
                String json = dir + "/package.json";
                Object type = packages.exists(json) ? JsonReader.object(JsonReader.parse(packages.read(json))).get("type") : null;
                cachedType = type instanceof String t ? t : packages.exists(json) ? "commonjs" : "";
                types.put(dir, cachedType);
            }
            if (!cachedType.isEmpty()) {
                return cachedType;
            }
            dir = dir.substring(0, dir.lastIndexOf('/'));
        }
        Object type = manifest(key).get("type");
        return type instanceof String t ? t : null;
    }

    /** The ES module entry of a package, or null when it has none. */
    String esmEntry(String name) throws IOException {
        String base = packages.base(name);
        String target = exportsTarget(name, ".", true);
        if (target != null && packages.isEsm(base + "/" + target)) {
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
        return main != null && packages.isEsm(base + "/" + main) ? main : null;
    }

    /** The CommonJS entry of a package: exports' require/default, main, or index.js. */
    String cjsEntry(String name) throws IOException {
        String base = packages.base(name);
        String target = exportsTarget(name, ".", false);
        if (target != null) {
            return target;
        }
        Object main = manifest(name).get("main");
        String file = file(base, main instanceof String m ? strip(m) : "index.js");
        return file != null ? file : file(base, "index.js");
    }

    /** The file the package's "exports" maps {@code key} to, for import or for require; null when none. */
    String exportsTarget(String name, String key, boolean forImport) throws IOException {
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
        return file(packages.base(name), strip(chosen));
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
            if (!r.isEmpty() && packages.exists(prefix + suffix)) {
                return r + suffix;
            }
        }
        String dir = r.isEmpty() ? "" : r + "/";
        if (packages.exists(base + "/" + dir + "package.json")) {
            Object main = JsonReader.object(JsonReader.parse(packages.read(base + "/" + dir + "package.json"))).get("main");
            if (main instanceof String m && !strip(m).isEmpty() && !strip(m).equals(".")) {
                String found = file(base, dir + strip(m));
                if (found != null) {
                    return found;
                }
            }
        }
        for (String index : new String[] {"index.js", "index.json", "index.cjs", "index.mjs"}) {
            if (packages.exists(base + "/" + dir + index)) {
                return dir + index;
            }
        }
        return null;
    }
}
