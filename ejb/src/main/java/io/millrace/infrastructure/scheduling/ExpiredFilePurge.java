package io.millrace.infrastructure.scheduling;

import io.millrace.application.filestore.ProjectFiles;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a minute, deletes the files of project file stores whose expiry has passed: the uploads of HTTP
 * requests (multipart files, {@code x-pd-upload-body} bodies), kept 30 minutes as the seed says. Their signed
 * URLs stop working at the same time whether or not the file is gone. With several servers each runs it; a
 * file deleted by one is skipped by the other.
 */
@Singleton
public class ExpiredFilePurge {
    private static final Logger LOG = Logger.getLogger(ExpiredFilePurge.class.getName());
    private static final int FILES_PER_RUN = 1000;

    @Inject
    ProjectFiles files;

    @Schedule(hour = "*", minute = "*", second = "41", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void purge() {
        try {
            int deleted = files.purgeExpired(System.currentTimeMillis(), FILES_PER_RUN);
            if (deleted > 0) {
                LOG.log(Level.INFO, "deleted {0} expired uploads from file stores", deleted);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "deleting expired uploads from file stores failed; the next run tries again", e);
        }
    }
}
