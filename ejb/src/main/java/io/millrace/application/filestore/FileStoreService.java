package io.millrace.application.filestore;

import io.millrace.application.project.ProjectAccess;
import io.millrace.domain.filestore.StoredFile;
import io.millrace.domain.workspace.User;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;

/**
 * The file store API's checks: the project must be one of the caller's workspace that the caller sees,
 * otherwise 404; then {@link ProjectFiles} does the work.
 */
@ApplicationScoped
public class FileStoreService {
    @Inject
    ProjectAccess projectAccess;
    @Inject
    ProjectFiles files;

    public List<ProjectFiles.Entry> list(User caller, String projectId, String directory) {
        projectAccess.require(caller.workspaceId(), projectId);
        return files.dir(projectId, directory);
    }

    public StoredFile upload(User caller, String projectId, String path, InputStream content, String contentType) {
        projectAccess.require(caller.workspaceId(), projectId);
        return files.write(caller.workspaceId(), projectId, path, content, contentType);
    }

    public StoredFile get(User caller, String projectId, String path) {
        projectAccess.require(caller.workspaceId(), projectId);
        return files.find(projectId, path).orElseThrow(() -> notFound(path));
    }

    public void delete(User caller, String projectId, String path) {
        projectAccess.require(caller.workspaceId(), projectId);
        if (!files.delete(projectId, path)) {
            throw notFound(path);
        }
    }

    public ProjectFiles files() {
        return files;
    }

    public String url(StoredFile file) {
        return files.url(file);
    }

    private static NotFoundException notFound(String path) {
        return new NotFoundException("file " + Quoted.value(path) + " not found");
    }
}
