package io.millrace.application.filestore;

import io.millrace.domain.filestore.FilePaths;
import io.millrace.domain.filestore.FileStoreRepository;
import io.millrace.domain.filestore.StoredFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The file store of a project, for whoever already knows the project is theirs (the API after its checks, the
 * HTTP trigger, steps' {@code $.files}): write under the limits ({@code millrace.files.max.file.bytes}, 100 MiB
 * by default, and {@code millrace.files.max.project.bytes}, 1 GiB), read chunk by chunk, list a directory,
 * delete.
 */
@ApplicationScoped
public class ProjectFiles {
    /** The most entries a directory listing reads. */
    public static final int MAX_LISTED = 10_000;

    @Inject
    FileStoreRepository files;
    @Inject
    FileWriter writer;
    @Inject
    SignedFileUrls urls;
    @Inject
    FileDirectory directory;
    @Inject
    @ConfigProperty(name = "millrace.files.max.file.bytes", defaultValue = "104857600")
    long maxFileBytes;
    @Inject
    @ConfigProperty(name = "millrace.files.max.project.bytes", defaultValue = "1073741824")
    long maxProjectBytes;

    /** The file store of a project as a step's {@code $.files} sees it. */
    public io.millrace.runtime.FileStore forRun(String workspaceId, String projectId) {
        return new StepFiles(this, workspaceId, projectId);
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Writes the file at {@code path} (checked), kept until deleted. */
    public StoredFile write(String workspaceId, String projectId, String path, InputStream content, String contentType) {
        return write(workspaceId, projectId, path, content, contentType, null);
    }

    /** Writes the file at {@code path} (checked); {@code expiresAt} (epoch millis) or null to keep it. */
    public StoredFile write(String workspaceId, String projectId, String path, InputStream content, String contentType,
                            Long expiresAt) {
        String p = FilePaths.file(path, "path");
        return writer.write(workspaceId, projectId, p, content, contentType, maxFileBytes, maxProjectBytes, expiresAt);
    }

    public Optional<StoredFile> find(String projectId, String path) {
        return files.byPath(projectId, FilePaths.file(path, "path"));
    }

    public Optional<StoredFile> byId(String fileId) {
        return files.file(fileId);
    }

    /** Copies the file's bytes to {@code out}, one chunk at a time. */
    public void copy(StoredFile file, OutputStream out) throws IOException {
        if (file.location() != null) {
            if (!directory.enabled()) {
                throw new IOException("the file's bytes are in the file directory, and MILLRACE_FILES_DIR is not set");
            }
            try (InputStream in = directory.open(file.location())) {
                in.transferTo(out);
            }
            return;
        }
        for (int i = 0; i < file.chunks(); i++) {
            byte[] data = files.chunk(file.id(), i).orElseThrow(() -> new IOException("a chunk of the file is missing"))
                    .data();
            out.write(data);
        }
    }

    /** The file's bytes (for files that fit in memory: a step's {@code toBuffer}). */
    public byte[] bytes(StoredFile file) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream((int) Math.min(file.size(), 1 << 20));
        copy(file, out);
        return out.toByteArray();
    }

    public boolean delete(String projectId, String path) {
        return find(projectId, path).map(f -> writer.delete(f.id())).orElse(false);
    }

    /**
     * Deletes files whose expiry has passed (the uploads of HTTP requests, after 30 minutes), each in its own
     * transaction, at most {@code limit} a call; returns how many.
     */
    public int purgeExpired(long now, int limit) {
        int deleted = 0;
        for (StoredFile f : files.expired(now, limit)) {
            if (writer.delete(f.id())) {
                deleted++;
            }
        }
        return deleted;
    }

    /** A signed URL of the file that works for 30 minutes. */
    public String url(StoredFile file) {
        return urls.url(file.id());
    }

    /**
     * The entries of a directory ("" the root): its files, and its subdirectories (each once, with the
     * total size and latest change of the files under it), in path order.
     */
    public List<Entry> dir(String projectId, String directory) {
        String prefix = FilePaths.directory(directory, "path");
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (StoredFile f : files.underPrefix(projectId, prefix, MAX_LISTED)) {
            String rest = f.path().substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                entries.put(f.path(), new Entry(f.path(), false, f.size(), f.updatedAt(), f));
            } else {
                String sub = prefix + rest.substring(0, slash);
                Entry old = entries.get(sub + "/");
                entries.put(sub + "/", new Entry(sub, true, (old == null ? 0 : old.size()) + f.size(),
                        Math.max(old == null ? 0 : old.modifiedAt(), f.updatedAt()), null));
            }
        }
        return List.copyOf(entries.values());
    }

    /** One entry of a directory listing; {@code file} is null for a directory. */
    public record Entry(String path, boolean directory, long size, long modifiedAt, StoredFile file) {
    }
}
