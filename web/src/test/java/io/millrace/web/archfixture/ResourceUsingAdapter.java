package io.millrace.web.archfixture;

import io.millrace.infrastructure.config.DataDirectory;

/** Breaks the web rule on purpose (WebRulesBiteTest): a resource that calls an infrastructure adapter. */
public class ResourceUsingAdapter {
    public String where(DataDirectory directory) {
        return String.valueOf(directory);
    }
}
