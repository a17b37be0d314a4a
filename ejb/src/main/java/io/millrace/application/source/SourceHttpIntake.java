package io.millrace.application.source;

import io.millrace.application.intake.Accepted;
import io.millrace.application.intake.ResponseHub;
import io.millrace.runtime.HttpReply;
import io.millrace.shared.Ids;
import io.millrace.shared.JsonText;
import io.millrace.shared.NotFoundException;
import io.millrace.domain.source.Source;
import io.millrace.domain.source.SourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.concurrent.CompletableFuture;

/**
 * Accepts HTTP requests to sources' endpoints ({@code /e/<key>} of a {@code $.interface.http}): the
 * request is stored as a queued run and queued in one transaction before the caller is answered, so an
 * answered request is never lost. A source with {@code customResponse: true} answers the caller itself
 * with {@code this.http.respond(...)}.
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

    /** @throws NotFoundException when no active source has an endpoint with this key */
    public Accepted accept(String key, JsonObject event) {
        Source source = target(key);
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

    /**
     * Records a request refused at the door (e.g. a body over the size limit).
     *
     * @throws NotFoundException when no active source has an endpoint with this key
     */
    public void reject(String key, JsonObject event, String errorName, String errorMessage) {
        store.refuseHttpRun(target(key).id(), JsonText.write(event), errorName, errorMessage);
    }

    private Source target(String key) {
        return sources.byHttpKey(key).filter(Source::active)
                .orElseThrow(() -> new NotFoundException("no active source has the endpoint " + key));
    }
}
