package io.millrace.domain.filestore;

import java.util.List;
import java.util.Optional;

/** Port: the files of project file stores and their chunks. */
public interface FileStoreRepository {

    Optional<StoredFile> file(String id);

    Optional<StoredFile> byPath(String projectId, String path);

    /** The files whose paths start with {@code prefix} ("" for all), in path order, at most {@code limit}. */
    List<StoredFile> underPrefix(String projectId, String prefix, int limit);

    /** The bytes of the project's files together. */
    long totalSize(String projectId);

    void add(StoredFile file);

    /** Deletes the file and its chunks. */
    void remove(StoredFile file);

    void addChunk(FileChunk chunk);

    /** Deletes the chunks of a file from {@code position} on. */
    void removeChunks(String fileId, int fromPosition);

    Optional<FileChunk> chunk(String fileId, int position);

    /** Files whose {@code expiresAt} is before {@code now}, at most {@code limit}. */
    List<StoredFile> expired(long now, int limit);
}
