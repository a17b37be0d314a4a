package io.millrace.application.filestore;

import io.millrace.domain.filestore.StoredFile;
import io.millrace.runtime.FileStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The {@link FileStore} a step's {@code $.files} uses: its project's file store, through {@link ProjectFiles}. */
final class StepFiles implements FileStore {
    private final ProjectFiles files;
    private final String workspaceId;
    private final String projectId;

    StepFiles(ProjectFiles files, String workspaceId, String projectId) {
        this.files = files;
        this.workspaceId = workspaceId;
        this.projectId = projectId;
    }

    @Override
    public Info write(String path, byte[] content, String contentType) {
        return info(files.write(workspaceId, projectId, path, new ByteArrayInputStream(content), contentType));
    }

    @Override
    public Optional<byte[]> read(String path) {
        return files.find(projectId, path).map(f -> {
            try {
                return files.bytes(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public Optional<Info> info(String path) {
        return files.find(projectId, path).map(StepFiles::info);
    }

    @Override
    public boolean delete(String path) {
        return files.delete(projectId, path);
    }

    @Override
    public List<Info> dir(String directory) {
        return files.dir(projectId, directory).stream()
                .map(e -> new Info(e.path(), e.directory(), e.size(), e.modifiedAt(),
                        e.file() == null ? null : e.file().contentType()))
                .toList();
    }

    @Override
    public Optional<String> url(String path) {
        return files.find(projectId, path).map(files::url);
    }

    private static Info info(StoredFile f) {
        return new Info(f.path(), false, f.size(), f.updatedAt(), f.contentType());
    }
}
