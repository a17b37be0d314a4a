package io.millrace.domain.environment;

/** What an environment variable belongs to. Project variables override workspace ones of the same key. */
public enum ScopeType {
    WORKSPACE,
    PROJECT
}
