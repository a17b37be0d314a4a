package io.millrace.runtime;

/**
 * Runs Pipedream components that are not code steps: reads a component module's metadata (sources
 * and actions alike) and runs a source's hooks and {@code run(event)}. Implementations are
 * thread-safe and shared.
 */
public interface ComponentRuntime {

    /**
     * Evaluates a component module (ESM {@code export default defineComponent({...})}, plain
     * {@code export default {...}} or CommonJS {@code module.exports}) in the sandbox and reports what
     * it declares.
     *
     * @throws StepSyntaxException when the code does not parse, its top level throws, it has no
     *                             {@code run} method, or a declared field is invalid (an unknown
     *                             {@code type}, {@code dedupe} or prop type); it carries line and column
     */
    ComponentInfo describe(String code);

    /**
     * Runs one phase of a source (a hook or {@code run(event)}) to completion and reports what it
     * emitted, logged and left in its {@code $.service.db}. Errors thrown by user code are reported in
     * the outcome, never thrown. {@code this.http.respond(...)} calls reach {@code listener} as they
     * happen.
     */
    SourceOutcome runSource(SourceInvocation invocation, StepListener listener);

    /**
     * The files of the npm package {@code specifier} ({@code name} or {@code name@range}, the newest matching
     * version), path inside the package to text: its {@code .mjs}, {@code .js}, {@code .cjs} and {@code .json}
     * files, so that a component published on npm can be deployed from its entry file.
     *
     * @throws PackageProblem naming the field {@code npm} when the package cannot be had
     */
    default java.util.Map<String, String> npmPackageFiles(String specifier) {
        throw new PackageProblem("npm", "npm packages are not available");
    }

    /**
     * Runs a component's prop configuration in the sandbox: a prop's options (static, or its
     * {@code options()} method) or the props after {@code additionalProps()}. The answer's JSON is the
     * outcome's {@code returnValueJson}; errors thrown by user code are in its {@code error}.
     */
    StepOutcome configureProps(PropsCall call);
}
