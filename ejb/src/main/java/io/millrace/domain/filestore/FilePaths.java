package io.millrace.domain.filestore;

import io.millrace.shared.InvalidInputException;

/**
 * The paths of a file store: relative, {@code /}-separated, without empty, {@code .} or {@code ..} segments,
 * control characters or backslashes, at most {@link #MAX_LENGTH} characters. A leading {@code /} is dropped
 * ({@code /a/b.txt} is {@code a/b.txt}); directories are the prefixes of file paths.
 */
public final class FilePaths {
    public static final int MAX_LENGTH = 512;

    private FilePaths() {
    }

    /** The normal form of a file path; {@code field} names it in the error. */
    public static String file(String path, String field) {
        String p = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        if (p.isEmpty()) {
            throw new InvalidInputException(field, field + " is required: the path of a file, like reports/today.csv");
        }
        if (p.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, field + " must be at most " + MAX_LENGTH + " characters");
        }
        for (String segment : p.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new InvalidInputException(field, field + " must not have empty, . or .. segments: " + p);
            }
        }
        if (p.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            throw new InvalidInputException(field, field + " must not contain control characters or \\");
        }
        return p;
    }

    /** The normal form of a directory: "" for the root, else a file path's form followed by {@code /}. */
    public static String directory(String path, String field) {
        String p = path == null ? "" : path.replaceAll("^/+", "").replaceAll("/+$", "");
        return p.isEmpty() ? "" : file(p, field) + "/";
    }

    /** The last segment of a path. */
    public static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
