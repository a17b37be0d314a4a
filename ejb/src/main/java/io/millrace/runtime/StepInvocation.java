package io.millrace.runtime;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a step needs to run.
 *
 * @param stepName           the step's name; also the source name used in stack traces
 * @param code               the component module source
 * @param propsJson          JSON object of the step's configured prop values ("{}" when none)
 * @param stepsJson          JSON object of the {@code steps} the step sees: {@code trigger} with
 *                           {@code event} and {@code context}, and one entry per earlier step with its
 *                           exports and {@code $return_value}
 * @param deadline           when the execution's time is up
 * @param env                the environment variables the step sees as {@code process.env} (never null;
 *                           values may be secrets: they are never written to logs Millrace produces)
 * @param payloadBudgetBytes how many bytes of the {@link #FUNCTION_PAYLOAD_LIMIT_BYTES function payload limit}
 *                           this step's logs, exports and return value may use: the limit minus the size of
 *                           the event and of earlier steps' logs and exports; 0 or negative means the whole limit
 * @param tmpDir             the execution's directory that the step sees as {@code /tmp} (see
 *                           {@link ExecutionTmp}); null when the step has no file system
 * @param packages           the npm packages the step may import, name to exact version, as
 *                           {@link StepRuntime#resolvePackages} returned them at deploy time (never null; empty:
 *                           a runtime that can resolve packages resolves them itself when the code needs some)
 * @param dataStores         resolves the configured values of the step's {@code data_store} props (never null;
 *                           {@link DataStores#NONE} when the step has none to use)
 * @param resumeUrl          the URL that resumes this execution early while a {@code $.flow.delay} pauses it,
 *                           returned to the step as {@code resume_url}; null when the runner has none
 * @param cancelUrl          the URL that cancels this execution while a {@code $.flow.delay} pauses it,
 *                           returned to the step as {@code cancel_url}; null when the runner has none
 * @param run                which run of the step this is ({@code $.context.step_run_id} and {@code $.context.run});
 *                           never null: {@link StepRunInfo#FIRST} when the runner gives none
 * @param files              the project's file store for {@code $.files} (never null; {@link FileStore#NONE} when none)
 * @param trigger            what {@code $.flow.trigger} starts (never null; {@link WorkflowTrigger#NONE} when nothing)
 */
public record StepInvocation(String stepName, String code, String propsJson, String stepsJson, Instant deadline,
                             Map<String, String> env, long payloadBudgetBytes, Path tmpDir,
                             Map<String, String> packages, DataStores dataStores, String resumeUrl,
                             String cancelUrl, StepRunInfo run, FileStore files, WorkflowTrigger trigger) {

    /** Pipedream's Function Payload Limit: logs, exports and the event of one execution together, 6 MB. */
    public static final long FUNCTION_PAYLOAD_LIMIT_BYTES = 6L * 1024 * 1024;

    public StepInvocation {
        env = copyOf(env);
        packages = copyOf(packages);
        dataStores = dataStores == null ? DataStores.NONE : dataStores;
        run = run == null ? StepRunInfo.FIRST : run;
        files = files == null ? FileStore.NONE : files;
        trigger = trigger == null ? WorkflowTrigger.NONE : trigger;
    }

    /** A step that cannot start other workflows. */
    public StepInvocation(String stepName, String code, String propsJson, String stepsJson, Instant deadline,
                          Map<String, String> env, long payloadBudgetBytes, Path tmpDir,
                          Map<String, String> packages, DataStores dataStores, String resumeUrl,
                          String cancelUrl, StepRunInfo run, FileStore files) {
        this(stepName, code, propsJson, stepsJson, deadline, env, payloadBudgetBytes, tmpDir, packages, dataStores,
                resumeUrl, cancelUrl, run, files, WorkflowTrigger.NONE);
    }

    /** A step without a file store. */
    public StepInvocation(String stepName, String code, String propsJson, String stepsJson, Instant deadline,
                          Map<String, String> env, long payloadBudgetBytes, Path tmpDir,
                          Map<String, String> packages, DataStores dataStores, String resumeUrl,
                          String cancelUrl, StepRunInfo run) {
        this(stepName, code, propsJson, stepsJson, deadline, env, payloadBudgetBytes, tmpDir, packages, dataStores,
                resumeUrl, cancelUrl, run, FileStore.NONE);
    }

    /** A step with no data stores and no delay URLs. */
    public StepInvocation(String stepName, String code, String propsJson, String stepsJson, Instant deadline,
                          Map<String, String> env, long payloadBudgetBytes, Path tmpDir,
                          Map<String, String> packages) {
        this(stepName, code, propsJson, stepsJson, deadline, env, payloadBudgetBytes, tmpDir, packages,
                DataStores.NONE, null, null, StepRunInfo.FIRST);
    }

    /** A step with no pinned npm packages. */
    public StepInvocation(String stepName, String code, String propsJson, String stepsJson, Instant deadline,
                          Map<String, String> env, long payloadBudgetBytes, Path tmpDir) {
        this(stepName, code, propsJson, stepsJson, deadline, env, payloadBudgetBytes, tmpDir, Map.of());
    }

    /** A step with no environment variables, the whole payload limit and no file system. */
    public StepInvocation(String stepName, String code, String propsJson, String stepsJson, Instant deadline) {
        this(stepName, code, propsJson, stepsJson, deadline, Map.of(), 0, null);
    }

    /** A step with these environment variables, the whole payload limit and no file system. */
    public StepInvocation(String stepName, String code, String propsJson, String stepsJson, Instant deadline,
                          Map<String, String> env) {
        this(stepName, code, propsJson, stepsJson, deadline, env, 0, null);
    }

    /** The payload budget to enforce: {@link #payloadBudgetBytes}, or the whole limit when it is 0 or negative. */
    public long effectivePayloadBudget() {
        return payloadBudgetBytes > 0 ? payloadBudgetBytes : FUNCTION_PAYLOAD_LIMIT_BYTES;
    }

    public StepInvocation withEnv(Map<String, String> newEnv) {
        return new StepInvocation(stepName, code, propsJson, stepsJson, deadline, newEnv, payloadBudgetBytes, tmpDir, packages, dataStores,
                resumeUrl, cancelUrl, run, files, trigger);
    }

    public StepInvocation withPayloadBudget(long bytes) {
        return new StepInvocation(stepName, code, propsJson, stepsJson, deadline, env, bytes, tmpDir, packages, dataStores, resumeUrl, cancelUrl, run, files, trigger);
    }

    public StepInvocation withTmpDir(Path dir) {
        return new StepInvocation(stepName, code, propsJson, stepsJson, deadline, env, payloadBudgetBytes, dir, packages, dataStores, resumeUrl, cancelUrl, run, files, trigger);
    }

    /** This invocation with these npm packages (name to exact version). */
    public StepInvocation withPackages(Map<String, String> newPackages) {
        return new StepInvocation(stepName, code, propsJson, stepsJson, deadline, env, payloadBudgetBytes, tmpDir, newPackages, dataStores,
                resumeUrl, cancelUrl, run, files, trigger);
    }

    /** This invocation with these data stores for its {@code data_store} props. */
    public StepInvocation withDataStores(DataStores stores) {
        return new StepInvocation(stepName, code, propsJson, stepsJson, deadline, env, payloadBudgetBytes, tmpDir, packages,
                stores, resumeUrl, cancelUrl, run, files, trigger);
    }

    /** This invocation with the URLs {@code $.flow.delay} returns as {@code resume_url} and {@code cancel_url}. */
    public StepInvocation withDelayUrls(String resume, String cancel) {
        return new StepInvocation(stepName, code, propsJson, stepsJson, deadline, env, payloadBudgetBytes, tmpDir, packages,
                dataStores, resume, cancel, run, files, trigger);
    }

    /** This invocation as this run of its step ({@code $.context.step_run_id} and {@code $.context.run}). */
    public StepInvocation withRun(StepRunInfo info) {
        return new StepInvocation(stepName, code, propsJson, stepsJson, deadline, env, payloadBudgetBytes, tmpDir, packages,
                dataStores, resumeUrl, cancelUrl, info, files, trigger);
    }

    /** This invocation with other configured prop values (an app prop's account resolved into its {@code $auth}). */
    public StepInvocation withProps(String newPropsJson) {
        return new StepInvocation(stepName, code, newPropsJson, stepsJson, deadline, env, payloadBudgetBytes, tmpDir, packages,
                dataStores, resumeUrl, cancelUrl, run, files);
    }

    /** This invocation with the project's file store for {@code $.files}. */
    public StepInvocation withFiles(FileStore store) {
        return new StepInvocation(stepName, code, propsJson, stepsJson, deadline, env, payloadBudgetBytes, tmpDir, packages,
                dataStores, resumeUrl, cancelUrl, run, store, trigger);
    }

    /** This invocation with what its {@code $.flow.trigger} starts. */
    public StepInvocation withTrigger(WorkflowTrigger newTrigger) {
        return new StepInvocation(stepName, code, propsJson, stepsJson, deadline, env, payloadBudgetBytes, tmpDir, packages,
                dataStores, resumeUrl, cancelUrl, run, files, newTrigger);
    }

    /** Names the environment variables but never shows their values, which may be secrets. */
    @Override
    public String toString() {
        return "StepInvocation[stepName=" + stepName + ", code=" + (code == null ? 0 : code.length()) + " chars"
                + ", deadline=" + deadline + ", env=" + env.keySet() + ", payloadBudgetBytes=" + payloadBudgetBytes
                + ", tmpDir=" + tmpDir + ", packages=" + packages + ", run=" + run + "]";
    }

    private static Map<String, String> copyOf(Map<String, String> env) {
        if (env == null || env.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        env.forEach((key, value) -> {
            if (key != null && value != null) {
                copy.put(key, value);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
