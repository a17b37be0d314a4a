package io.millrace.application.filestore;

import io.millrace.domain.filestore.FileChunk;
import io.millrace.domain.filestore.FileStoreRepository;
import io.millrace.domain.filestore.StoredFile;
import io.millrace.shared.Ids;
import io.millrace.shared.TooLargeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The file store's transactions. A write replaces a file's content in one transaction, chunk by chunk as it
 * reads the stream; over a limit it throws and nothing of it is kept.
 */
@ApplicationScoped
public class FileWriter {
    @Inject
    FileStoreRepository files;
    @Inject
    FileDirectory directory;

    /**
     * Writes {@code content} to {@code path} of the project's store, creating the file or replacing its content.
     *
     * @param maxFileBytes    the largest file allowed
     * @param maxProjectBytes the most bytes the project's files may hold together
     * @param expiresAt       when the file is deleted (null: when someone deletes it)
     */
    @Transactional
    public StoredFile write(String workspaceId, String projectId, String path, InputStream content, String contentType,
                            long maxFileBytes, long maxProjectBytes, Long expiresAt) {
        long now = System.currentTimeMillis();
        StoredFile file = files.byPath(projectId, path).orElse(null);
        long others = files.totalSize(projectId) - (file == null ? 0 : file.size());
        long allowed = Math.min(maxFileBytes, maxProjectBytes - others);
        if (file == null) {
            file = new StoredFile(Ids.random("fi_"), workspaceId, projectId, path, now);
            files.add(file);
        } else {
            files.removeChunks(file.id(), 0);
        }
        if (directory.enabled()) {
            return toDirectory(file, content, contentType, allowed, maxFileBytes, maxProjectBytes, expiresAt, now);
        }
        long total = 0;
        int position = 0;
        try {
            while (true) {
                byte[] chunk = content.readNBytes(FileChunk.SIZE);
                if (chunk.length == 0) {
                    break;
                }
                total += chunk.length;
                if (total > allowed) {
                    throw tooLarge(total > maxFileBytes, maxFileBytes, maxProjectBytes);
                }
                files.addChunk(new FileChunk(file.id(), position++, chunk));
                if (chunk.length < FileChunk.SIZE) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file.contentWritten(total, position, contentType, now);
        file.expireAt(expiresAt);
        return file;
    }

    /** Writes the content to a new content file of the directory; the old content goes when the write commits. */
    private StoredFile toDirectory(StoredFile file, InputStream content, String contentType, long allowed,
                                   long maxFileBytes, long maxProjectBytes, Long expiresAt, long now) {
        String name = file.projectId() + "/" + file.id() + "-" + Ids.random("c");
        long total;
        try {
            total = directory.write(name, content, Math.max(allowed, 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (total < 0) {
            throw tooLarge(allowed >= maxFileBytes, maxFileBytes, maxProjectBytes);
        }
        if (file.location() != null) {
            directory.deleteAfterCommit(file.location());
        }
        file.contentStored(total, name, contentType, now);
        file.expireAt(expiresAt);
        return file;
    }

    @Transactional
    public boolean delete(String fileId) {
        return files.file(fileId).map(f -> {
            if (f.location() != null && directory.enabled()) {
                directory.deleteAfterCommit(f.location());
            }
            files.remove(f);
            return true;
        }).orElse(false);
    }

    private static TooLargeException tooLarge(boolean fileLimit, long maxFileBytes, long maxProjectBytes) {
        return new TooLargeException(fileLimit
                ? "the file is larger than " + maxFileBytes + " bytes, the limit of a file in a file store"
                : "the project's file store would hold more than " + maxProjectBytes + " bytes, its limit");
    }
}
