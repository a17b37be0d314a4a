package io.millrace.it.api;

/** The class of an answer the matrix compares: what authorization decided. */
enum AuthzOutcome {
    ALLOWED("2xx"),
    UNAUTHENTICATED("401"),
    FORBIDDEN("403"),
    NOT_FOUND("404"),
    /** Any other 4xx (the request was authorized but refused for its content: not expected in the matrix). */
    OTHER_4XX("4xx"),
    /** 1xx, 3xx or no answer. */
    OTHER("other"),
    SERVER_ERROR("5xx");

    final String label;

    AuthzOutcome(String label) {
        this.label = label;
    }

    static AuthzOutcome of(int status) {
        if (status >= 200 && status < 300) {
            return ALLOWED;
        }
        return switch (status) {
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            default -> status >= 500 ? SERVER_ERROR : status >= 400 ? OTHER_4XX : OTHER;
        };
    }
}
