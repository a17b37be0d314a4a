package io.millrace.domain.scim;

/**
 * A refused SCIM request: its HTTP status and SCIM error type (RFC 7644 §3.12, null when none fits), answered
 * as a SCIM error on {@code /scim/v2}.
 */
public class ScimProblem extends RuntimeException {
    private final int status;
    private final String scimType;

    public ScimProblem(int status, String scimType, String detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }

    public static ScimProblem invalidFilter(String detail) {
        return new ScimProblem(400, "invalidFilter", detail);
    }

    public static ScimProblem invalidValue(String detail) {
        return new ScimProblem(400, "invalidValue", detail);
    }

    public static ScimProblem invalidSyntax(String detail) {
        return new ScimProblem(400, "invalidSyntax", detail);
    }

    public static ScimProblem invalidPath(String detail) {
        return new ScimProblem(400, "invalidPath", detail);
    }

    public static ScimProblem noTarget(String detail) {
        return new ScimProblem(400, "noTarget", detail);
    }

    public static ScimProblem mutability(String detail) {
        return new ScimProblem(409, "mutability", detail);
    }

    public static ScimProblem uniqueness(String detail) {
        return new ScimProblem(409, "uniqueness", detail);
    }

    public static ScimProblem notFound(String detail) {
        return new ScimProblem(404, null, detail);
    }

    public static ScimProblem notImplemented(String detail) {
        return new ScimProblem(501, null, detail);
    }

    public int status() {
        return status;
    }

    public String scimType() {
        return scimType;
    }
}
