package io.millrace.runtime;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One prop-configuration call of a component ({@link ComponentRuntime#configureProps}): the options of
 * {@code propName} ({@link Operation#OPTIONS}, with {@code argsJson} {@code {page, prevContext, query}}) or
 * the configurable props after {@code additionalProps()} ({@link Operation#RELOAD}), given the props
 * configured so far ({@code configuredPropsJson}, an object by prop name; an app prop's value may carry
 * {@code $auth}).
 */
public record PropsCall(Operation operation, String code, String propName, String configuredPropsJson, String argsJson,
                        Map<String, String> packages, Instant deadline) {

    /** What the call asks for. */
    public enum Operation {
        OPTIONS("options"), RELOAD("reload");

        private final String jsName;

        Operation(String jsName) {
            this.jsName = jsName;
        }

        public String jsName() {
            return jsName;
        }
    }

    public PropsCall {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(deadline, "deadline");
        configuredPropsJson = configuredPropsJson == null ? "{}" : configuredPropsJson;
        argsJson = argsJson == null ? "{}" : argsJson;
        packages = packages == null ? Map.of() : Map.copyOf(packages);
    }
}
