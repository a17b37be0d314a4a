package io.millrace.infrastructure.messaging;

/** Names shared by the broker set-up and the server configuration (profiles/messaging.xml). */
public final class BrokerSettings {
    public static final String EXECUTIONS_QUEUE = "millrace.executions";
    public static final String DISPATCH_QUEUE = "millrace.dispatch";
    public static final String DEAD_LETTER_QUEUE = "millrace.dlq";
    /** Source runs, timer ticks and event deletions. */
    public static final String SOURCES_QUEUE = "millrace.sources";
    /** Events on their way to subscribed workflows and sources. */
    public static final String DELIVERIES_QUEUE = "millrace.deliveries";
    /** Attempts to POST events to webhooks (retries are delayed messages). */
    public static final String WEBHOOKS_QUEUE = "millrace.webhooks";

    private BrokerSettings() {
    }
}
