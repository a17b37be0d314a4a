package io.millrace.application.archfixture;

import io.millrace.infrastructure.config.DataDirectory;

/** Breaks the application rule on purpose (ArchitectureRulesBiteTest): a use case that calls an adapter. */
public class ServiceUsingAdapter {
    public String where(DataDirectory directory) {
        return String.valueOf(directory);
    }
}
