package io.millrace.runtime;

import java.util.List;
import java.util.Map;

/**
 * What a component module declares.
 *
 * @param key                   the {@code key} field, or null when absent
 * @param name                  the {@code name} field, or null when absent
 * @param type                  {@code "source"} or {@code "action"} (absent: {@code "action"} unless the module
 *                              has hooks, dedupe or interface props, then {@code "source"})
 * @param version               the {@code version} field, or null
 * @param description           the {@code description} field, or null
 * @param dedupe                {@code unique}, {@code greatest}, {@code last}, or null
 * @param configurablePropsJson JSON array of the props in declaration order, in the seed's
 *                              {@code configurable_props} shape: {@code {"name", "type", ...}} with the prop's
 *                              declared {@code label}, {@code description}, {@code optional}, {@code default},
 *                              {@code min}, {@code max}, {@code options} (static ones), {@code secret} when given
 * @param hooks                 the names of the hooks it defines ({@code deploy}, {@code activate},
 *                              {@code deactivate})
 * @param methods               the names of its methods
 * @param packages              npm packages its imports resolved to, name to exact version (see
 *                              {@link StepRuntime#resolvePackages})
 */
public record ComponentInfo(String key, String name, String type, String version, String description,
                            String dedupe, String configurablePropsJson, List<String> hooks,
                            List<String> methods, Map<String, String> packages) {
    public static final String SOURCE = "source";
    public static final String ACTION = "action";

    public ComponentInfo {
        hooks = List.copyOf(hooks);
        methods = List.copyOf(methods);
        packages = Map.copyOf(packages);
    }
}
