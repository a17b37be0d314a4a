package io.millrace.runtime.graal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

import io.millrace.runtime.ComponentPackage;
import io.millrace.runtime.graal.host.JsonStrings;
import io.millrace.runtime.graal.modules.ComponentFiles;
import io.millrace.runtime.graal.modules.Packages;

/**
 * Installs the bootstrap in a fresh context and evaluates a step's code in the form it is written in.
 *
 * <p>A step is either an ES module ({@code export default defineComponent({...})}, with
 * {@code import}s) or a CommonJS script ({@code module.exports = {...}}, with {@code require}).
 * Code that parses as a classic script has no {@code import} or {@code export} declarations, so it
 * is run as CommonJS: with {@code module}, {@code exports} and {@code require} defined. Anything
 * else is run as a module, where, as in Node, {@code require} is not defined. Which form some code
 * is in is remembered, so a failed script parse is paid once per distinct code, not per run.
 */
final class StepLoader {

    private static final int MAX_REMEMBERED = 1024;
    private static final Map<String, Boolean> IS_SCRIPT = new ConcurrentHashMap<>();

    private StepLoader() {
    }

    /**
     * Installs the allocation guards (no single allocation over {@code allocationCapBytes}, none of a megabyte or
     * more without {@code room}), then evaluates the
     * bootstrap in {@code context} and returns its driver ({@code run}, {@code check}, {@code commonjs}).
     */
    static Value bootstrap(Context context, StepHost host, long allocationCapBytes, HeapRoom room) {
        context.eval(Sandbox.GUARDS).execute((double) allocationCapBytes, room);
        return context.eval(Sandbox.BOOTSTRAP).execute(host.bridge());
    }

    /**
     * Evaluates the step's code and returns what the driver takes as the step's namespace: the
     * module's exports, or null for a script (whose component is {@code module.exports}).
     *
     * @throws PolyglotException when the code does not parse or its top level throws
     */
    static Value evaluate(Context context, Value driver, String stepName, String code) {
        return evaluate(context, driver, stepName, code, Packages.NONE);
    }

    /**
     * As {@link #evaluate(Context, Value, String, String)}; a CommonJS step's {@code require}s of npm packages that
     * are ES modules ({@code packages}) are imported first, so that {@code require} returns their namespace as
     * Node's {@code require(esm)} does.
     */
    static Value evaluate(Context context, Value driver, String stepName, String code, Packages packages) {
        String text = code == null ? "" : code;
        if (ComponentPackage.isPackage(text)) {
            String entry = JsonStrings.quote(ComponentFiles.entryPath(ComponentPackage.decode(text)));
            return context.eval(Sandbox.module(stepName, "import * as ns from " + entry + ";\nexport default ns.default;\n"));
        }
        if (isScript(context, stepName, text)) {
            driver.invokeMember("commonjs");
            String preload = packages == null ? "" : packages.esmRequires(text);
            if (!preload.isEmpty()) {
                context.eval(Sandbox.module(stepName + " (ES modules it requires)", preload));
            }
            context.eval(Sandbox.script(stepName, text));
            return null;
        }
        return context.eval(Sandbox.module(stepName, text));
    }

    /** True when the code is a classic script (CommonJS); decided by whether it parses as one. */
    static boolean isScript(Context context, String stepName, String code) {
        Boolean known = IS_SCRIPT.get(code);
        if (known != null) {
            return known;
        }
        boolean script;
        try {
            context.parse(Sandbox.script(stepName, code));
            script = true;
        } catch (PolyglotException e) {
            if (!e.isSyntaxError()) {
                throw e;
            }
            script = false;
        }
        if (IS_SCRIPT.size() >= MAX_REMEMBERED) {
            IS_SCRIPT.clear();
        }
        IS_SCRIPT.put(code, script);
        return script;
    }
}
