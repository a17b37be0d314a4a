package io.millrace.runtime.npm;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether an npm package needs its install scripts to work: a {@code preinstall}, {@code install} or
 * {@code postinstall} script that builds or downloads a native add-on (node-gyp, prebuild-install,
 * node-pre-gyp, cmake-js, node-gyp-build), or a node-pre-gyp {@code binary} section. Other install scripts
 * (messages, optional set-up) are not needed by the package's code and are ignored, as
 * {@code npm install --ignore-scripts} would.
 */
final class InstallScripts {

    private static final Pattern BUILDS = Pattern.compile(
            "\\b(node-gyp(?:-build)?|prebuild-install|node-pre-gyp|cmake-js|prebuildify|napi)\\b");

    private InstallScripts() {
    }

    /** {@code "<script>: <command>"} of the first script that builds a native add-on, or null when none does. */
    static String building(Map<String, Object> manifest) {
        if (manifest == null) {
            return null;
        }
        if (manifest.get("binary") instanceof Map<?, ?>) {
            return "binary: node-pre-gyp";
        }
        Object scripts = manifest.get("scripts");
        if (scripts instanceof Map<?, ?> map) {
            for (String phase : new String[] {"preinstall", "install", "postinstall"}) {
                if (map.get(phase) instanceof String command && BUILDS.matcher(command).find()) {
                    return phase + ": " + command;
                }
            }
        }
        return null;
    }
}
