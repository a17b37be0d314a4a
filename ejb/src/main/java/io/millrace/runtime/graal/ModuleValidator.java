package io.millrace.runtime.graal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiFunction;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

import io.millrace.runtime.ComponentInfo;
import io.millrace.runtime.InvalidPropException;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepSyntaxException;
import io.millrace.runtime.graal.modules.Packages;

/**
 * Deploy-time checks of a module in a prepared context of its own (see {@link ContextPool}): a step's
 * code and its literal prop values ({@link #validateStep}), and what a component declares
 * ({@link #describe}). The module's top-level code may run for at most {@link #TIMEOUT}. Every problem
 * is a {@link StepSyntaxException}: code that does not parse (with line and column), a top level that
 * throws (located at its first frame in the module), and a component that is not valid (line 1, column 1);
 * a prop value that does not fit is an {@link InvalidPropException}.
 */
final class ModuleValidator {

    /** How long a module's top-level code may run (generous: a cold JVM under load is slow). */
    static final Duration TIMEOUT = GraalStepRuntime.VALIDATE_TIMEOUT;

    private final ContextPool contexts;
    private final ScheduledExecutorService scheduler;

    ModuleValidator(ContextPool contexts, ScheduledExecutorService scheduler) {
        this.contexts = contexts;
        this.scheduler = scheduler;
    }

    /** Checks a step's code and, when {@code propsJson} is not null, its literal prop values. */
    void validateStep(String stepName, String code, String propsJson, Packages packages) {
        inModule(stepName, code, packages, (driver, module) -> {
            Value problem = driver.invokeMember("check", module);
            if (!problem.isNull()) {
                throw new StepSyntaxException(stepName, problem.asString(), 1, 1);
            }
            if (propsJson != null) {
                Value invalid = driver.invokeMember("component").invokeMember("checkProps", module, propsJson);
                if (!invalid.isNull()) {
                    String prop = invalid.getArrayElement(0).asString();
                    throw new InvalidPropException(stepName, prop, invalid.getArrayElement(1).asString());
                }
            }
            return null;
        });
    }

    /** What the component module declares, with {@code packages} as its pinned npm packages. */
    ComponentInfo describe(String name, String code, Map<String, String> pinned, Packages packages) {
        return inModule(name, code, packages, (driver, module) -> {
            Value info = driver.invokeMember("component").invokeMember("describe", module);
            if (info.hasMember("problem")) {
                throw new StepSyntaxException(name, info.getMember("problem").asString(), 1, 1);
            }
            return new ComponentInfo(text(info, "key"), text(info, "name"), text(info, "type"), text(info, "version"),
                    text(info, "description"), text(info, "dedupe"), text(info, "propsJson"), strings(info, "hooks"),
                    strings(info, "methods"), pinned);
        });
    }

    private <T> T inModule(String name, String code, Packages packages, BiFunction<Value, Value, T> check) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        ContextPool.Prepared prepared = contexts.take();
        prepared.host().bind(Sandbox.sourceName(name), StepListener.NONE);
        prepared.host().packages(packages);
        try (GuardedContext guarded = new GuardedContext(prepared.context(), scheduler, deadline)) {
            Value driver = prepared.driver();
            Value module;
            try {
                module = StepLoader.evaluate(guarded.context(), driver, name, code, packages);
            } catch (PolyglotException e) {
                if (e.isCancelled() || guarded.timedOut()) {
                    throw new StepSyntaxException(name,
                            "the module's top-level code ran longer than " + TIMEOUT.toSeconds() + " s", 1, 1);
                }
                throw StepErrors.syntax(e, name);
            }
            try {
                return check.apply(driver, module);
            } catch (PolyglotException e) {
                if (e.isCancelled() || guarded.timedOut()) {
                    throw new StepSyntaxException(name, "checking the module took longer than " + TIMEOUT.toSeconds() + " s", 1, 1);
                }
                throw new StepSyntaxException(name, StepErrors.of(e, name).message(), 1, 1);
            }
        }
    }

    private static String text(Value object, String member) {
        Value value = object.getMember(member);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<String> strings(Value object, String member) {
        Value array = object.getMember(member);
        List<String> out = new ArrayList<>();
        for (long i = 0; array != null && i < array.getArraySize(); i++) {
            out.add(array.getArrayElement(i).asString());
        }
        return out;
    }
}
