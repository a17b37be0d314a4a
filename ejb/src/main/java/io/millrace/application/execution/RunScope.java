package io.millrace.application.execution;

import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.StepRun;
import io.millrace.domain.workflow.StepSpec;
import io.millrace.orchestrator.StepsObject;
import io.millrace.runtime.DataStores;
import io.millrace.runtime.FileStore;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.WorkflowTrigger;
import io.millrace.shared.JsonText;
import jakarta.json.JsonString;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every step of one run of an execution shares: its deadline, environment variables, data stores,
 * the project's file store,
 * {@code /tmp} directory, the resume and cancel URLs and what {@code $.flow.trigger} may start.
 */
record RunScope(Execution execution, Instant deadline, Map<String, String> env, Path tmp, DataStores stores,
                String resumeUrl, String cancelUrl, FileStore files, WorkflowTrigger trigger) {

    /** The same scope with another deadline (a control-flow block's boundary starts the timeout again). */
    RunScope withDeadline(Instant newDeadline) {
        return new RunScope(execution, newDeadline, env, tmp, stores, resumeUrl, cancelUrl, files, trigger);
    }

    /** The invocation of {@code step}, which sees the results of the earlier steps in {@code results}. */
    StepInvocation invocation(StepSpec step, List<StepRun> results) {
        String steps = StepsObject.build(execution.eventJson(), execution.contextJson(), results);
        long budget = StepInvocation.FUNCTION_PAYLOAD_LIMIT_BYTES - StepResults.payloadUsed(execution, results);
        Map<String, String> packages = new HashMap<>();
        step.packages().forEach((name, version) -> packages.put(name, ((JsonString) version).getString()));
        return new StepInvocation(step.name(), step.code(), JsonText.write(step.props()), steps, deadline, env,
                Math.max(1, budget), tmp, packages)
                .withDelayUrls(resumeUrl, cancelUrl)
                .withDataStores(stores)
                .withFiles(files)
                .withTrigger(trigger);
    }
}
