package io.millrace.infrastructure.filestore;

import io.millrace.application.filestore.FileDirectory;
import io.millrace.shared.TransactionEnd;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * File stores' bytes in the directory {@code millrace.files.dir} ({@code MILLRACE_FILES_DIR}): one content file
 * per written content, {@code <dir>/<project>/<file id>-<random>}, written to a {@code .part} file, synced and
 * renamed, so a content file is whole or absent. Several server nodes need the same directory (a shared mount);
 * the default, the database, needs nothing.
 */
@ApplicationScoped
public class LocalFileDirectory implements FileDirectory {
    private static final Logger LOG = Logger.getLogger(LocalFileDirectory.class.getName());
    private static final int BUFFER = 64 * 1024;

    @Inject
    @ConfigProperty(name = "millrace.files.dir")
    Optional<String> configured = Optional.empty();
    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The directory {@code dir} outside a container (tests, tools): no transactions, so deletes happen at once. */
    public static LocalFileDirectory at(Path dir) {
        LocalFileDirectory d = new LocalFileDirectory();
        d.configured = Optional.of(dir.toString());
        return d;
    }

    @Override
    public boolean enabled() {
        return root().isPresent();
    }

    @Override
    public long write(String name, InputStream content, long allowed) throws IOException {
        Path target = resolve(name);
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        long total = 0;
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            byte[] buffer = new byte[BUFFER];
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                total += n;
                if (total > allowed) {
                    break;
                }
                out.write(buffer, 0, n);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        if (total > allowed) {
            Files.deleteIfExists(part);
            return -1;
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        afterCompletion(false, target);
        return total;
    }

    @Override
    public InputStream open(String name) throws IOException {
        return Files.newInputStream(resolve(name));
    }

    @Override
    public void deleteAfterCommit(String name) {
        afterCompletion(true, resolve(name));
    }

    /** Deletes {@code file} when the current transaction commits ({@code onCommit}) or rolls back (else). */
    private void afterCompletion(boolean onCommit, Path file) {
        if (transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            if (onCommit) {
                delete(file);
            }
            return;
        }
        TransactionEnd.after(transactions, onCommit, () -> delete(file));
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete the content file " + file + " of a file store", e);
        }
    }

    private Path resolve(String name) {
        Path root = root().orElseThrow(() -> new IllegalStateException("MILLRACE_FILES_DIR is not set"));
        Path path = root.resolve(name).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("not a content file name: " + name);
        }
        return path;
    }

    private Optional<Path> root() {
        return configured.map(String::trim).filter(d -> !d.isEmpty() && !d.contains("${"))
                .map(d -> Path.of(d).toAbsolutePath().normalize());
    }
}
