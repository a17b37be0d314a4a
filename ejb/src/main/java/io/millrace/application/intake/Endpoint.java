package io.millrace.application.intake;

import io.millrace.domain.source.Source;
import io.millrace.domain.workflow.TriggerAuth;

/**
 * What an endpoint key ({@code /e/<key>}) belongs to, as {@link HttpTriggerIntake#find} answers: the
 * HTTP trigger of an active workflow, or the HTTP interface of an active source.
 */
public sealed interface Endpoint {

    /** Whether this is a source's endpoint (whose {@code run(event)} also gets the body as text). */
    boolean isSource();

    /** An active workflow's HTTP trigger and the authorization it asks for. */
    record OfWorkflow(TriggerTarget target, TriggerAuth auth) implements Endpoint {
        @Override
        public boolean isSource() {
            return false;
        }
    }

    /** An active source's HTTP interface. */
    record OfSource(Source source) implements Endpoint {
        @Override
        public boolean isSource() {
            return true;
        }
    }
}
