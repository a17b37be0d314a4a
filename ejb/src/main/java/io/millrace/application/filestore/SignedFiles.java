package io.millrace.application.filestore;

import io.millrace.domain.filestore.StoredFile;
import io.millrace.shared.ForbiddenException;
import io.millrace.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Opening a file by a signed URL: a wrong or expired signature is a 403, a deleted file a 404. */
@ApplicationScoped
public class SignedFiles {
    @Inject
    SignedFileUrls urls;
    @Inject
    ProjectFiles files;

    public StoredFile open(String fileId, String expires, String signature) {
        if (!urls.valid(fileId, expires, signature, System.currentTimeMillis())) {
            throw new ForbiddenException("the signed URL is not valid or has expired (a URL works for "
                    + SignedFileUrls.LIFETIME_SECONDS / 60 + " minutes)");
        }
        return files.byId(fileId).orElseThrow(() -> new NotFoundException("the file no longer exists"));
    }

    public ProjectFiles files() {
        return files;
    }
}
