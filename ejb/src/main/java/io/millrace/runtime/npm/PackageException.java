package io.millrace.runtime.npm;

/** A package a step imports cannot be used: unknown, no matching version, native, or needing missing Node modules. */
public class PackageException extends RuntimeException {

    private final String packageName;

    public PackageException(String packageName, String message) {
        super(message);
        this.packageName = packageName;
    }

    public PackageException(String packageName, String message, Throwable cause) {
        super(message, cause);
        this.packageName = packageName;
    }

    /** The package the problem is with. */
    public String packageName() {
        return packageName;
    }
}
