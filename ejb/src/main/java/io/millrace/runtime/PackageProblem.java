package io.millrace.runtime;

/**
 * A component package that cannot be used: a missing entry, a bad path, an import that climbs out of the
 * package or names no file of it, a package or archive over a limit. {@link #field()} is the request field
 * it is about ({@code entry}, {@code files}, {@code archive}, ...).
 */
public class PackageProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final boolean tooLarge;

    public PackageProblem(String field, String message) {
        this(field, message, false);
    }

    public PackageProblem(String field, String message, boolean tooLarge) {
        super(message);
        this.field = field;
        this.tooLarge = tooLarge;
    }

    public String field() {
        return field;
    }

    /** True when the problem is a size limit (the API answers 413). */
    public boolean tooLarge() {
        return tooLarge;
    }
}
