package io.millrace.shared.archfixture;

import io.millrace.domain.execution.ExecutionStatus;

/** Breaks the shared rule on purpose (ArchitectureRulesBiteTest): a shared helper that knows a domain type. */
public class SharedUsingDomain {
    public boolean done(ExecutionStatus status) {
        return status.finished();
    }
}
