package io.millrace.application.source;

import io.millrace.application.response.Accepted;
import io.millrace.application.response.ResponseHub;
import io.millrace.runtime.HttpReply;
import io.millrace.shared.Ids;
import io.millrace.shared.JsonText;
import io.millrace.domain.source.Source;
import io.millrace.domain.source.SourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Accepts HTTP requests to sources' endpoints ({@code /e/<key>} of a {@code $.interface.http}) for the
 * intake's {@code HttpTriggerIntake}: the request is stored as a queued run and queued in one transaction
 * before the caller is answered, so an answered request is never lost. A source with
 * {@code customResponse: true} answers the caller itself with {@code this.http.respond(...)}.
 */
@ApplicationScoped
public class SourceHttpIntake {
    @Inject
    SourceRepository sources;
    @Inject
    SourceRunStore store;
    @Inject
    ResponseHub responses;
    @Inject
    SourceInvoker invoker;

    public Optional<Source> find(String key) {
        return sources.byHttpKey(key).filter(Source::active);
    }

    public Accepted accept(Source source, JsonObject event) {
        String runId = Ids.ordered(System.currentTimeMillis());
        CompletableFuture<HttpReply> reply = source.customResponse() ? responses.expect(runId) : null;
        try {
            store.queueHttpRun(source.id(), runId, JsonText.write(event));
        } catch (RuntimeException e) {
            responses.forget(runId);
            throw e;
        }
        return new Accepted(runId, reply, invoker.timeoutSeconds());
    }

    public void reject(Source source, JsonObject event, String errorName, String errorMessage) {
        store.refuseHttpRun(source.id(), JsonText.write(event), errorName, errorMessage);
    }
}
