package io.millrace.application.filestore;

import io.millrace.domain.filestore.FileChunk;
import io.millrace.domain.filestore.FileStoreRepository;
import io.millrace.domain.filestore.StoredFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files' rows and chunks in memory (single-threaded, no transactions: a refused write's row stays here, where the
 * database would roll it back), and {@link ProjectFiles} wired over them.
 */
final class MemoryFiles implements FileStoreRepository {
    final Map<String, StoredFile> byId = new HashMap<>();
    final Map<String, FileChunk> chunks = new HashMap<>();

    /** A project file store over this repository that keeps the bytes in {@code directory} (or in chunks, if none). */
    ProjectFiles store(FileDirectory directory, long maxFileBytes, long maxProjectBytes) {
        FileWriter writer = new FileWriter();
        writer.files = this;
        writer.directory = directory;
        ProjectFiles files = new ProjectFiles();
        files.files = this;
        files.writer = writer;
        files.directory = directory;
        files.maxFileBytes = maxFileBytes;
        files.maxProjectBytes = maxProjectBytes;
        return files;
    }

    @Override
    public Optional<StoredFile> file(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<StoredFile> byPath(String projectId, String path) {
        return byId.values().stream().filter(f -> f.projectId().equals(projectId) && f.path().equals(path)).findFirst();
    }

    @Override
    public List<StoredFile> underPrefix(String projectId, String prefix, int limit) {
        return byId.values().stream().filter(f -> f.projectId().equals(projectId) && f.path().startsWith(prefix))
                .sorted(Comparator.comparing(StoredFile::path)).limit(limit).toList();
    }

    @Override
    public long totalSize(String projectId) {
        return byId.values().stream().filter(f -> f.projectId().equals(projectId)).mapToLong(StoredFile::size).sum();
    }

    @Override
    public void add(StoredFile file) {
        byId.put(file.id(), file);
    }

    @Override
    public void remove(StoredFile file) {
        removeChunks(file.id(), 0);
        byId.remove(file.id());
    }

    @Override
    public void addChunk(FileChunk chunk) {
        chunks.put(FileChunk.idOf(chunk.fileId(), chunk.position()), chunk);
    }

    @Override
    public void removeChunks(String fileId, int fromPosition) {
        chunks.values().removeIf(c -> c.fileId().equals(fileId) && c.position() >= fromPosition);
    }

    @Override
    public Optional<FileChunk> chunk(String fileId, int position) {
        return Optional.ofNullable(chunks.get(FileChunk.idOf(fileId, position)));
    }

    @Override
    public List<StoredFile> expired(long now, int limit) {
        return new ArrayList<>(byId.values().stream().filter(f -> f.expiresAt() != null && f.expiresAt() < now)
                .limit(limit).toList());
    }
}
