package io.millrace.runtime.graal.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

import io.millrace.runtime.ExecutionTmp;

/**
 * The file system a step sees through lib/fs.js: only {@code /tmp}, which is the execution's own
 * directory on the host, confined by a {@link FileJail}. Files in the directory may total at most a
 * cap; writes beyond it fail with {@code ENOSPC} (see {@link FileWrites}).
 *
 * <p>The bridge's {@code fs(op, ...args)} returns a two-element array {@code [errorJson, value]}:
 * errorJson is null on success, else the Node-style error ({@link FsError}) that lib/fs.js throws.
 */
public final class HostFiles {

    private final FileReads reads;
    private final FileWrites writes;

    private HostFiles(FileReads reads, FileWrites writes) {
        this.reads = reads;
        this.writes = writes;
    }

    /** The files of the execution whose directory is {@code dir} (created if missing), holding at most {@code cap} bytes. */
    public static HostFiles open(Path dir, long cap) throws IOException {
        Files.createDirectories(dir);
        Path real = dir.toRealPath();
        FileJail jail = new FileJail(real);
        return new HostFiles(new FileReads(jail), new FileWrites(jail, cap, ExecutionTmp.sizeOf(real)));
    }

    /** A file system for a step that has none: every call fails with ENOTSUP. */
    public static HostFiles none() {
        return new HostFiles(null, null);
    }

    /** The bridge function: {@code fs(op, ...args)} to {@code [errorJson, value]}. */
    public Object call(Value... args) {
        String op = args[0].asString();
        try {
            return ProxyArray.fromArray(null, dispatch(op, args));
        } catch (FsError e) {
            return ProxyArray.fromArray(e.json(), null);
        }
    }

    private Object dispatch(String op, Value[] args) throws FsError {
        String path = args.length > 1 ? args[1].asString() : FileJail.GUEST_ROOT;
        if (op.equals("exists")) {
            return reads != null && reads.exists(path);
        }
        if (reads == null) {
            throw FsError.of("ENOTSUP", syscallOf(op), path);
        }
        return switch (op) {
            case "read" -> reads.read(path);
            case "write" -> writes.write(path, args[2], args[3].asBoolean(), args[4].asBoolean());
            case "mkdir" -> writes.mkdir(path, args[2].asBoolean());
            case "readdir" -> reads.readdir(path);
            case "stat" -> reads.stat(path, args[2].asBoolean());
            case "unlink" -> writes.unlink(path);
            case "rmdir" -> writes.rmdir(path);
            case "rm" -> writes.rm(path, args[2].asBoolean(), args[3].asBoolean());
            case "rename" -> writes.rename(path, args[2].asString());
            case "copy" -> writes.copy(path, args[2].asString(), args[3].asBoolean());
            case "access" -> reads.access(path);
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
}
