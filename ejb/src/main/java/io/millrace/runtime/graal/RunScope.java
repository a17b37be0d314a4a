package io.millrace.runtime.graal;

import java.time.Instant;
import java.util.Map;

import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.graal.host.HostFiles;

/**
 * What a run may use besides the bridge: its environment variables, deadline, payload budget,
 * files, whether it may make HTTP requests and how large their responses may be, and how to stop it.
 */
record RunScope(Map<String, String> env, Instant deadline, long payloadBudget, HostFiles files, boolean httpAllowed,
                long maxResponseBytes, Runnable stop) {

    /** While validating: no environment, files or HTTP. */
    static final RunScope VALIDATION = new RunScope(Map.of(), null, StepInvocation.FUNCTION_PAYLOAD_LIMIT_BYTES,
            HostFiles.none(), false, RuntimeLimits.DEFAULTS.maxResponseBytes(), () -> { });
}
