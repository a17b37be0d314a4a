package io.millrace.application.intake;

import io.millrace.domain.source.Source;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * The HTTP interfaces of sources, as the intake reaches them; implemented by the sources' feature
 * ({@code application.source.SourceHttpIntake}), which depends on this package and not the reverse.
 */
public interface SourceEndpoints {

    /** The active source whose HTTP interface has this key. */
    Optional<Source> find(String key);

    /** Stores the request as a queued run of the source and queues it, before the caller is answered. */
    Accepted accept(Source source, JsonObject event);

    /** Records a request refused at the door (e.g. a body over the size limit) in the source's errors. */
    void reject(Source source, JsonObject event, String errorName, String errorMessage);
}
