package io.millrace.runtime.graal.host;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failed call of the fs bridge, reported to JavaScript as the Node-style error lib/fs.js throws:
 * {@code code}, {@code errno}, {@code syscall}, {@code path}, {@code dest} and {@code message}.
 */
final class FsError extends Exception {
    final String code;
    final int errno;
    final String syscall;
    final String path;
    final String dest;

    FsError(String code, int errno, String description, String syscall, String path, String dest) {
        super(code + ": " + description + (syscall == null ? "" : ", " + syscall)
                + (path == null ? "" : " '" + path + "'") + (dest == null ? "" : " -> '" + dest + "'"));
        this.code = code;
        this.errno = errno;
        this.syscall = syscall;
        this.path = path;
        this.dest = dest;
    }

    static FsError of(String code, String syscall, String path) {
        return of(code, syscall, path, null);
    }

    /** The error Node reports with {@code code} (EIO for a code it does not know). */
    static FsError of(String code, String syscall, String path, String dest) {
        return switch (code) {
            case "ENOENT" -> new FsError(code, -2, "no such file or directory", syscall, path, dest);
            case "EACCES" -> new FsError(code, -13, "permission denied", syscall, path, dest);
            case "EEXIST" -> new FsError(code, -17, "file already exists", syscall, path, dest);
            case "ENOTDIR" -> new FsError(code, -20, "not a directory", syscall, path, dest);
            case "EISDIR" -> new FsError(code, -21, "illegal operation on a directory", syscall, path, dest);
            case "ENOTEMPTY" -> new FsError(code, -39, "directory not empty", syscall, path, dest);
            case "ENOSPC" -> new FsError(code, -28, "no space left on device", syscall, path, dest);
            case "EINVAL" -> new FsError(code, -22, "invalid argument", syscall, path, dest);
            case "ENOTSUP" -> new FsError(code, -95,
                    "operation not supported: this step has no file system (/tmp is not available)", syscall, path, dest);
            default -> new FsError("EIO", -5, "i/o error", syscall, path, dest);
        };
    }

    /** The Node error for an I/O exception of the host's file system. */
    static FsError of(IOException e, String syscall, String path, String dest) {
        String code;
        if (e instanceof NoSuchFileException) {
            code = "ENOENT";
        } else if (e instanceof FileAlreadyExistsException) {
            code = "EEXIST";
        } else if (e instanceof DirectoryNotEmptyException) {
            code = "ENOTEMPTY";
        } else if (e instanceof NotDirectoryException) {
            code = "ENOTDIR";
        } else if (e instanceof AccessDeniedException) {
            code = "EACCES";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            String reason = fse.getReason().toLowerCase();
            code = reason.contains("is a directory") ? "EISDIR"
                    : reason.contains("not a directory") ? "ENOTDIR"
                    : reason.contains("no space") ? "ENOSPC"
                    : reason.contains("not empty") ? "ENOTEMPTY"
                    : reason.contains("invalid argument") ? "EINVAL" : "EIO";
        } else {
            code = "EIO";
        }
        return of(code, syscall, path, dest);
    }

    /** The error as lib/fs.js reads it. */
    String json() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", getMessage());
        error.put("code", code);
        if (errno != 0) {
            error.put("errno", errno);
        }
        if (syscall != null) {
            error.put("syscall", syscall);
        }
        if (path != null) {
            error.put("path", path);
        }
        if (dest != null) {
            error.put("dest", dest);
        }
        return JsonStrings.write(error);
    }
}
