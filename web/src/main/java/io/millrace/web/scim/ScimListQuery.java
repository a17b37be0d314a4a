package io.millrace.web.scim;

import jakarta.ws.rs.QueryParam;

/**
 * The query of a SCIM list (a {@code @BeanParam}, RFC 7644 §3.4.2): {@code filter}, {@code startIndex} (default 1) and
 * {@code count} (default 100); {@code attributes} and {@code excludedAttributes} are accepted and ignored.
 */
public class ScimListQuery {
    @QueryParam("filter")
    String filter;
    @QueryParam("startIndex")
    String startIndex;
    @QueryParam("count")
    String count;
    @QueryParam("attributes")
    String attributes;
    @QueryParam("excludedAttributes")
    String excludedAttributes;

    int startIndex() {
        return ScimRequests.integer(startIndex, "startIndex", 1);
    }

    int count() {
        return ScimRequests.integer(count, "count", 100);
    }
}
