package io.millrace.web.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Shapes shared by every endpoint: paging information and errors. */
public final class CommonSchemas {
    private CommonSchemas() {
    }

    @Schema(name = "PageInfo", description = "Paging of a list; cursors are null on an empty page")
    public static class PageInfo {
        @Schema(description = "items matching the list, on all pages")
        public long total_count;
        @Schema(description = "items on this page")
        public long count;
        @Schema(nullable = true, description = "pass as before= for the previous (newer) page")
        public String start_cursor;
        @Schema(nullable = true, description = "pass as after= for the next (older) page")
        public String end_cursor;
    }

    @Schema(name = "Error", description = "Every 4xx and 5xx answer of /v1 (except the OAuth token endpoints)")
    public static class Error {
        public ErrorDetail error;
    }

    @Schema(name = "ErrorDetail")
    public static class ErrorDetail {
        @Schema(description = "the HTTP status")
        public int status;
        public String message;
        @Schema(description = "the request field at fault, when there is one")
        public String field;
    }

    @Schema(name = "OAuthError", description = "RFC 6749 error of /v1/oauth/token and /v1/oauth/revoke")
    public static class OAuthError {
        @Schema(enumeration = {"invalid_request", "invalid_client", "unsupported_grant_type"})
        public String error;
        public String error_description;
    }
}
