package io.millrace.web.api.datastore;

import io.millrace.shared.InvalidInputException;
import jakarta.ws.rs.core.UriInfo;

/**
 * Keeps a record path from ever deleting the whole store or all its records. A client that normalises
 * URLs (browsers, curl, {@code URI.normalize}) turns {@code …/records/.} into {@code …/records/} and
 * {@code …/records/..} into {@code …/data_stores/{id}/}, which JAX-RS would match to clearing the
 * records or deleting the store. Those two deletes are therefore refused when their path ends in
 * {@code /}: their own paths have no trailing slash, and such keys go in {@code …/record?key=}.
 */
final class WholeStoreDeletes {
    private WholeStoreDeletes() {
    }

    static void refuseTrailingSlash(UriInfo uri) {
        if (uri.getRequestUri().getRawPath().endsWith("/")) {
            throw new InvalidInputException(null, "a DELETE path ending in / is refused here: it is what a client"
                    + " makes of a record path whose key is . or .. (…/records/. or …/records/..). Delete the store"
                    + " or clear its records without the trailing /; delete such a record with"
                    + " DELETE /v1/data_stores/{id}/record?key=…");
        }
    }
}
