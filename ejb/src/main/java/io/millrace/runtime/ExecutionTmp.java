package io.millrace.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The per-execution directory a step sees as {@code /tmp}. The runner creates it before the first
 * step of an execution ({@link #create}), passes it to every step in
 * {@link StepInvocation#tmpDir()}, and deletes it when the execution ends ({@link #delete}).
 * Steps of one execution share it; nothing is shared between executions. Workers that run parts of one execution
 * at once (parallel branches, loop items) take it with {@link #acquire} and give it back with {@link #release}: the
 * directory is deleted when the last of them is done.
 */
public final class ExecutionTmp {

    /** The name of each execution's directory is this prefix and the (sanitised) execution id. */
    public static final String PREFIX = "millrace-exec-";

    /** How many runs of this server hold each execution's directory, by execution id. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Integer> HOLDERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private ExecutionTmp() {
    }

    /** The directory of {@code executionId} for one more run of it (see {@link #create(String)}). */
    public static Path acquire(String executionId) {
        Path[] dir = new Path[1];
        HOLDERS.compute(executionId, (id, held) -> {
            dir[0] = create(id);
            return held == null ? 1 : held + 1;
        });
        return dir[0];
    }

    /** A run of {@code executionId} is done with {@code dir}: deleted when no other run of it holds it. */
    public static void release(String executionId, Path dir) {
        HOLDERS.computeIfPresent(executionId, (id, held) -> {
            if (held > 1) {
                return held - 1;
            }
            delete(dir);
            return null;
        });
    }

    /** {@link #create(String, Path)} under {@code <java.io.tmpdir>/millrace}. */
    public static Path create(String executionId) {
        return create(executionId, Path.of(System.getProperty("java.io.tmpdir"), "millrace"));
    }

    /**
     * Creates (or, when an execution is run again, reuses) the directory of {@code executionId} under
     * {@code baseDir}, readable only by this process's user where the file system allows it.
     *
     * @throws UncheckedIOException when it cannot be created
     */
    public static Path create(String executionId, Path baseDir) {
        try {
            Files.createDirectories(baseDir);
            Path dir = baseDir.resolve(PREFIX + safeName(executionId));
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rwx------")));
                    } else {
                        Files.createDirectory(dir);
                    }
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                        throw e; // a file or link where the directory goes
                    } // else another run of the execution created it meanwhile
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the /tmp directory of execution " + executionId, e);
        }
    }

    /**
     * Deletes {@code dir} and everything in it (symbolic links are removed, never followed).
     *
     * @return true when nothing is left (also when it did not exist); false when something could not be deleted
     */
    public static boolean delete(Path dir) {
        if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (!(e instanceof NoSuchFileException)) {
                        Files.deleteIfExists(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                    Files.deleteIfExists(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The total size in bytes of the regular files under {@code dir} (0 when it does not exist). */
    public static long sizeOf(Path dir) {
        AtomicLong total = new AtomicLong();
        if (dir == null || !Files.isDirectory(dir)) {
            return 0;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        total.addAndGet(attrs.size());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // count what could be read
        }
        return total.get();
    }

    /** The id when it is a safe file name ([A-Za-z0-9_-]); otherwise a cleaned version and a hash of it. */
    static String safeName(String executionId) {
        String id = executionId == null ? "" : executionId;
        String cleaned = id.replaceAll("[^A-Za-z0-9_-]", "_");
        if (cleaned.equals(id) && !id.isEmpty() && id.length() <= 100) {
            return id;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            String shortened = cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
            return shortened + "-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
