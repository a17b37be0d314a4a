package io.millrace.runtime.graal.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

import org.graalvm.polyglot.Value;

/**
 * The fs operations that change {@code /tmp}: write, mkdir, unlink, rmdir, rm, rename and copy. They
 * keep count of the bytes the directory's files take; a write or copy that would take it past the cap
 * fails with {@code ENOSPC}.
 */
final class FileWrites {

    private final FileJail jail;
    private final long cap;
    private long used;

    /** Changes the files in {@code jail}, which take {@code used} bytes now and may take at most {@code cap}. */
    FileWrites(FileJail jail, long cap, long used) {
        this.jail = jail;
        this.cap = cap;
        this.used = used;
    }

    /** Writes a string (as UTF-8) or an ArrayBuffer: appending, or creating only a new file ({@code exclusive}). */
    Object write(String guest, Value data, boolean append, boolean exclusive) throws FsError {
        Path path = jail.map(guest, "open", true);
        byte[] bytes = data.isString() ? data.asString().getBytes(StandardCharsets.UTF_8) : HostBytes.read(data);
        if (Files.isDirectory(path)) {
            throw FsError.of("EISDIR", "open", guest);
        }
        try {
            long old = Files.isRegularFile(path) ? Files.size(path) : 0;
            long delta = append ? bytes.length : bytes.length - old;
            if (used + delta > cap) {
                throw FsError.of("ENOSPC", "write", guest);
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
            throw FsError.of(e, "open", guest, null);
        }
    }

    /** Returns, when {@code recursive}, the first directory it created (as Node does), else null. */
    Object mkdir(String guest, boolean recursive) throws FsError {
        Path path = jail.map(guest, "mkdir", true);
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
            return jail.guestPath(first);
        } catch (FileAlreadyExistsException e) {
            throw FsError.of("EEXIST", "mkdir", guest);
        } catch (IOException e) {
            throw FsError.of(e, "mkdir", guest, null);
        }
    }

    Object unlink(String guest) throws FsError {
        Path path = jail.map(guest, "unlink", false);
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw FsError.of("EISDIR", "unlink", guest);
        }
        try {
            long size = Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? Files.size(path) : 0;
            Files.delete(path);
            used -= size;
            return null;
        } catch (IOException e) {
            throw FsError.of(e, "unlink", guest, null);
        }
    }

    Object rmdir(String guest) throws FsError {
        Path path = jail.map(guest, "rmdir", false);
        if (path.equals(jail.root())) {
            throw FsError.of("EACCES", "rmdir", guest);
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw FsError.of("ENOTDIR", "rmdir", guest);
        }
        try {
            Files.delete(path);
            return null;
        } catch (IOException e) {
            throw FsError.of(e, "rmdir", guest, null);
        }
    }

    /** Removes a file, or a directory and everything in it when {@code recursive}; {@code force}: a missing path is fine. */
    Object rm(String guest, boolean recursive, boolean force) throws FsError {
        Path path = jail.map(guest, "rm", false);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            if (force) {
                return null;
            }
            throw FsError.of("ENOENT", "lstat", guest);
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
                    if (!dir.equals(jail.root())) {
                        Files.delete(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            return null;
        } catch (IOException e) {
            throw FsError.of(e, "rm", guest, null);
        }
    }

    Object rename(String from, String to) throws FsError {
        Path source = jail.map(from, "rename", false);
        Path target;
        try {
            target = jail.map(to, "rename", false);
        } catch (FsError e) {
            throw FsError.of(e.code, "rename", from, to);
        }
        if (source.equals(jail.root()) || target.equals(jail.root())) {
            throw FsError.of("EACCES", "rename", from, to);
        }
        try {
            long replaced = !source.equals(target) && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    ? Files.size(target) : 0;
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
            used -= replaced;
            return null;
        } catch (IOException e) {
            throw FsError.of(e, "rename", from, to);
        }
    }

    /** Copies a file; {@code exclusive}: only to a new file. */
    Object copy(String from, String to, boolean exclusive) throws FsError {
        Path source = jail.map(from, "copyfile", true);
        Path target;
        try {
            target = jail.map(to, "copyfile", true);
        } catch (FsError e) {
            throw FsError.of(e.code, "copyfile", from, to);
        }
        if (Files.isDirectory(source)) {
            throw FsError.of("EISDIR", "copyfile", from, to);
        }
        try {
            long size = Files.size(source);
            long old = Files.isRegularFile(target) ? Files.size(target) : 0;
            if (used + size - old > cap) {
                throw FsError.of("ENOSPC", "copyfile", from, to);
            }
            if (exclusive) {
                Files.copy(source, target);
            } else {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
            used += size - old;
            return null;
        } catch (IOException e) {
            throw FsError.of(e, "copyfile", from, to);
        }
    }
}
