package io.millrace.runtime.graal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.millrace.runtime.ComponentPackage;
import io.millrace.runtime.PackagePaths;
import io.millrace.runtime.npm.JsonReader;
import io.millrace.runtime.npm.Specifier;

/**
 * The module specifiers a step's or component's code imports. For a component package: the bare
 * specifiers of the files reachable from its entry (files never imported are not read), each given the
 * version range that the nearest {@code package.json} above the importing file lists in its
 * {@code dependencies} when the specifier names none, as npm would install it.
 */
final class PackageImports {

    private PackageImports() {
    }

    static Set<String> of(String code) {
        if (!ComponentPackage.isPackage(code)) {
            return Specifier.scan(code);
        }
        ComponentPackage pkg = ComponentPackage.decode(code);
        Set<String> out = new LinkedHashSet<>();
        for (String file : PackagePaths.reachable(pkg)) {
            if (!PackagePaths.isCode(file)) {
                continue;
            }
            for (String specifier : PackagePaths.scan(pkg.files().get(file))) {
                if (PackagePaths.isRelative(specifier)) {
                    continue;
                }
                Specifier spec = Specifier.parse(specifier);
                String range = spec == null || !spec.range().isEmpty() ? null : range(pkg, file, spec.name());
                out.add(range == null ? specifier
                        : spec.name() + "@" + range + (spec.subpath().isEmpty() ? "" : "/" + spec.subpath()));
            }
        }
        return out;
    }

    /** The range the nearest package.json above {@code file} gives {@code name} in its dependencies, or null. */
    private static String range(ComponentPackage pkg, String file, String name) {
        for (String dir = PackagePaths.dir(file); ; dir = PackagePaths.dir(dir)) {
            String manifest = pkg.files().get(dir.isEmpty() ? "package.json" : dir + "/package.json");
            if (manifest != null) {
                try {
                    Map<String, Object> json = JsonReader.object(JsonReader.parse(manifest));
                    Object deps = json.get("dependencies");
                    if (deps instanceof Map<?, ?> map && map.get(name) instanceof String range) {
                        return range;
                    }
                } catch (RuntimeException e) {
                    // an unreadable package.json gives no ranges
                }
            }
            if (dir.isEmpty()) {
                return null;
            }
        }
    }
}
