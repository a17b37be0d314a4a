package io.millrace.runtime.graal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

import io.millrace.runtime.ExecutionTmp;

/**
 * The file system a step sees through lib/fs.js: only {@code /tmp}, which is the execution's own
 * directory on the host. A guest path is resolved against {@code /tmp} when relative, normalised,
 * and must then be {@code /tmp} or under it; the host path it maps to must not lead outside the
 * directory through a symbolic link either (checked with {@code toRealPath} on the nearest existing
 * ancestor). Anything else fails with {@code EACCES}, as Node reports it. Files in the directory may
 * total at most a cap; writes beyond it fail with {@code ENOSPC}.
 *
 * <p>The bridge's {@code fs(op, ...args)} returns a two-element array {@code [errorJson, value]}:
 * errorJson is null on success, else the Node-style error ({@code code}, {@code errno},
 * {@code syscall}, {@code path}, {@code message}) that lib/fs.js throws.
 */
final class HostFiles {

    static final String GUEST_ROOT = "/tmp";

    private final Path root;
    private final Path realRoot;
    private final long cap;
    private long used;

    private HostFiles(Path root, Path realRoot, long cap, long used) {
        this.root = root;
        this.realRoot = realRoot;
        this.cap = cap;
        this.used = used;
    }

    /** The files of the execution whose directory is {@code dir} (created if missing), holding at most {@code cap} bytes. */
    static HostFiles open(Path dir, long cap) throws IOException {
        Files.createDirectories(dir);
        Path real = dir.toRealPath();
        return new HostFiles(real, real, cap, ExecutionTmp.sizeOf(real));
    }

    /** A file system for a step that has none: every call fails with ENOTSUP. */
    static HostFiles none() {
        return new HostFiles(null, null, 0, 0);
    }

    /** Bytes the directory's files take, as tracked by this step's writes and deletes. */
    long used() {
        return used;
    }

    /** A failed call, reported to JavaScript as a Node-style error. */
    static final class FsError extends Exception {
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

    static FsError error(String code, String syscall, String path) {
        return error(code, syscall, path, null);
    }

    static FsError error(String code, String syscall, String path, String dest) {
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

    /** The bridge function: {@code fs(op, ...args)} to {@code [errorJson, value]}. */
    Object call(Value... args) {
        String op = args[0].asString();
        try {
            return ProxyArray.fromArray(null, dispatch(op, args));
        } catch (FsError e) {
            return ProxyArray.fromArray(e.json(), null);
        }
    }

    private Object dispatch(String op, Value[] args) throws FsError {
        String path = args.length > 1 ? args[1].asString() : GUEST_ROOT;
        if (op.equals("exists")) {
            return exists(path);
        }
        if (root == null) {
            throw error("ENOTSUP", syscallOf(op), path);
        }
        return switch (op) {
            case "read" -> read(path);
            case "write" -> write(path, args[2], args[3].asBoolean(), args[4].asBoolean());
            case "mkdir" -> mkdir(path, args[2].asBoolean());
            case "readdir" -> readdir(path);
            case "stat" -> stat(path, args[2].asBoolean());
            case "unlink" -> unlink(path);
            case "rmdir" -> rmdir(path);
            case "rm" -> rm(path, args[2].asBoolean(), args[3].asBoolean());
            case "rename" -> rename(path, args[2].asString());
            case "copy" -> copy(path, args[2].asString(), args[3].asBoolean());
            case "access" -> access(path);
            default -> throw new IllegalArgumentException("no fs operation " + op);
        };
    }

    private static String syscallOf(String op) {
        return switch (op) {
            case "read", "write" -> "open";
            case "readdir" -> "scandir";
            case "copy" -> "copyfile";
            case "rm" -> "lstat";
            default -> op;
        };
    }

    /**
     * The host path of a guest path, refusing (EACCES) one outside /tmp or one that leads outside the
     * execution's directory through a symbolic link: in its last element too when {@code followLast}.
     */
    Path map(String guest, String syscall, boolean followLast) throws FsError {
        if (guest.indexOf('\0') >= 0) {
            throw error("EINVAL", syscall, guest.replace('\0', '?'));
        }
        String absolute = guest.startsWith("/") ? guest : GUEST_ROOT + "/" + guest;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : absolute.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        if (parts.isEmpty() || !parts.pollFirst().equals("tmp")) {
            throw error("EACCES", syscall, guest);
        }
        Path path = root;
        for (String part : parts) {
            path = path.resolve(part);
        }
        if (!path.normalize().startsWith(root)) {
            throw error("EACCES", syscall, guest);
        }
        Path check = followLast || path.equals(root) ? path : path.getParent();
        while (check != null && !Files.exists(check, LinkOption.NOFOLLOW_LINKS)) {
            check = check.getParent();
        }
        try {
            if (check == null || !check.toRealPath().startsWith(realRoot)) {
                throw error("EACCES", syscall, guest);
            }
        } catch (IOException e) {
            throw error("EACCES", syscall, guest); // e.g. a dangling symbolic link
        }
        return path;
    }

    private boolean exists(String guest) {
        if (root == null) {
            return false;
        }
        try {
            return Files.exists(map(guest, "access", true));
        } catch (FsError e) {
            return false;
        }
    }

    private Object read(String guest) throws FsError {
        Path path = map(guest, "open", true);
        if (Files.isDirectory(path)) {
            throw error("EISDIR", "read", null);
        }
        try {
            return HostBlob.of(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw translate(e, "open", guest, null);
        } catch (OutOfMemoryError e) {
            throw error("ENOSPC", "read", guest);
        }
    }

    private Object write(String guest, Value data, boolean append, boolean exclusive) throws FsError {
        Path path = map(guest, "open", true);
        byte[] bytes = data.isString() ? data.asString().getBytes(StandardCharsets.UTF_8) : HostBytes.read(data);
        if (Files.isDirectory(path)) {
            throw error("EISDIR", "open", guest);
        }
        try {
            long old = Files.isRegularFile(path) ? Files.size(path) : 0;
            long delta = append ? bytes.length : bytes.length - old;
            if (used + delta > cap) {
                throw error("ENOSPC", "write", guest);
            }
            OpenOption[] options = append
                    ? new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE}
                    : exclusive
                    ? new OpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE}
                    : new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                            StandardOpenOption.WRITE};
            Files.write(path, bytes, options);
            used += delta;
            return null;
        } catch (IOException e) {
            throw translate(e, "open", guest, null);
        }
    }

    private Object mkdir(String guest, boolean recursive) throws FsError {
        Path path = map(guest, "mkdir", true);
        try {
            if (!recursive) {
                Files.createDirectory(path);
                return null;
            }
            if (Files.isDirectory(path)) {
                return null;
            }
            Path first = path;
            while (first.getParent() != null && !Files.exists(first.getParent(), LinkOption.NOFOLLOW_LINKS)) {
                first = first.getParent();
            }
            Files.createDirectories(path);
            return guestPath(first);
        } catch (FileAlreadyExistsException e) {
            throw error("EEXIST", "mkdir", guest);
        } catch (IOException e) {
            throw translate(e, "mkdir", guest, null);
        }
    }

    private Object readdir(String guest) throws FsError {
        Path path = map(guest, "scandir", true);
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw error("ENOTDIR", "scandir", guest);
        }
        List<List<String>> entries = new ArrayList<>();
        try (Stream<Path> children = Files.list(path)) {
            children.sorted().forEach(child -> entries.add(List.of(child.getFileName().toString(), typeOf(child))));
        } catch (IOException e) {
            throw translate(e, "scandir", guest, null);
        }
        return JsonStrings.write(entries);
    }

    private Object stat(String guest, boolean follow) throws FsError {
        String syscall = follow ? "stat" : "lstat";
        Path path = map(guest, syscall, follow);
        try {
            BasicFileAttributes attrs = follow ? Files.readAttributes(path, BasicFileAttributes.class)
                    : Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Map<String, Object> stat = new LinkedHashMap<>();
            String type = attrs.isDirectory() ? "dir" : attrs.isSymbolicLink() ? "link" : attrs.isRegularFile() ? "file" : "other";
            stat.put("type", type);
            stat.put("size", attrs.size());
            stat.put("mode", switch (type) {
                case "dir" -> 040755;
                case "link" -> 0120777;
                default -> 0100644;
            });
            stat.put("ino", attrs.fileKey() == null ? 0 : Math.abs(attrs.fileKey().hashCode()));
            stat.put("mtimeMs", attrs.lastModifiedTime().toMillis());
            stat.put("atimeMs", attrs.lastAccessTime().toMillis());
            stat.put("ctimeMs", attrs.lastModifiedTime().toMillis());
            stat.put("birthtimeMs", attrs.creationTime().toMillis());
            return JsonStrings.write(stat);
        } catch (IOException e) {
            throw translate(e, syscall, guest, null);
        }
    }

    private Object unlink(String guest) throws FsError {
        Path path = map(guest, "unlink", false);
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw error("EISDIR", "unlink", guest);
        }
        try {
            long size = Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? Files.size(path) : 0;
            Files.delete(path);
            used -= size;
            return null;
        } catch (IOException e) {
            throw translate(e, "unlink", guest, null);
        }
    }

    private Object rmdir(String guest) throws FsError {
        Path path = map(guest, "rmdir", false);
        if (path.equals(root)) {
            throw error("EACCES", "rmdir", guest);
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw error("ENOTDIR", "rmdir", guest);
        }
        try {
            Files.delete(path);
            return null;
        } catch (IOException e) {
            throw translate(e, "rmdir", guest, null);
        }
    }

    private Object rm(String guest, boolean recursive, boolean force) throws FsError {
        Path path = map(guest, "rm", false);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            if (force) {
                return null;
            }
            throw error("ENOENT", "lstat", guest);
        }
        try {
            if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                long size = Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? Files.size(path) : 0;
                Files.delete(path);
                used -= size;
                return null;
            }
            if (!recursive) {
                throw new FsError("ERR_FS_EISDIR", 21, "Path is a directory", "rm", guest, null);
            }
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    if (attrs.isRegularFile()) {
                        used -= attrs.size();
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    if (!dir.equals(root)) {
                        Files.delete(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            return null;
        } catch (IOException e) {
            throw translate(e, "rm", guest, null);
        }
    }

    private Object rename(String from, String to) throws FsError {
        Path source = map(from, "rename", false);
        Path target;
        try {
            target = map(to, "rename", false);
        } catch (FsError e) {
            throw error(e.code, "rename", from, to);
        }
        if (source.equals(root) || target.equals(root)) {
            throw error("EACCES", "rename", from, to);
        }
        try {
            long replaced = !source.equals(target) && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    ? Files.size(target) : 0;
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
            used -= replaced;
            return null;
        } catch (IOException e) {
            throw translate(e, "rename", from, to);
        }
    }

    private Object copy(String from, String to, boolean exclusive) throws FsError {
        Path source = map(from, "copyfile", true);
        Path target;
        try {
            target = map(to, "copyfile", true);
        } catch (FsError e) {
            throw error(e.code, "copyfile", from, to);
        }
        if (Files.isDirectory(source)) {
            throw error("EISDIR", "copyfile", from, to);
        }
        try {
            long size = Files.size(source);
            long old = Files.isRegularFile(target) ? Files.size(target) : 0;
            if (used + size - old > cap) {
                throw error("ENOSPC", "copyfile", from, to);
            }
            if (exclusive) {
                Files.copy(source, target);
            } else {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
            used += size - old;
            return null;
        } catch (IOException e) {
            throw translate(e, "copyfile", from, to);
        }
    }

    private Object access(String guest) throws FsError {
        if (!Files.exists(map(guest, "access", true))) {
            throw error("ENOENT", "access", guest);
        }
        return null;
    }

    private String guestPath(Path host) {
        String relative = root.relativize(host).toString().replace('\\', '/');
        return relative.isEmpty() ? GUEST_ROOT : GUEST_ROOT + "/" + relative;
    }

    private static String typeOf(Path path) {
        if (Files.isSymbolicLink(path)) {
            return "link";
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return "dir";
        }
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? "file" : "other";
    }

    private static FsError translate(IOException e, String syscall, String path, String dest) {
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
        return error(code, syscall, path, dest);
    }
}
