package io.millrace.application.intake;

import io.millrace.application.eventing.EventLog;
import io.millrace.application.filestore.ProjectFiles;
import io.millrace.application.filestore.SignedFileUrls;
import io.millrace.domain.events.SystemChannels;
import io.millrace.domain.filestore.StoredFile;
import io.millrace.runtime.Emission;
import io.millrace.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.InputStream;

/**
 * What an HTTP request to an endpoint leaves besides its event: the files of a {@code multipart/form-data}
 * body and a raw body sent with {@code x-pd-upload-body: 1}, kept in the project's file store under
 * {@code http-uploads/<id>/} for 30 minutes (seed: "a signed URL that allows you to access to that file for up to
 * 30 minutes"), and the test events of {@code x-pd-notrigger: 1}, kept in the event log under the trigger's id.
 */
@ApplicationScoped
public class TriggerUploads {
    /** The directory of a project's file store that holds uploads of HTTP requests. */
    public static final String DIRECTORY = "http-uploads";
    /** The longest file name kept in an upload's path (the end of a longer one). */
    static final int MAX_NAME_LENGTH = 200;

    @Inject
    ProjectFiles files;
    @Inject
    EventLog events;

    /** A stored upload: its signed URL, path and size. */
    public record Upload(String url, String path, long size) {
    }

    /**
     * Stores an uploaded file or raw body in the endpoint's project's file store.
     *
     * @throws io.millrace.shared.TooLargeException over the file store's limits (nothing is kept)
     */
    public Upload store(Endpoint endpoint, String fileName, InputStream content, String contentType) {
        String workspaceId;
        String projectId;
        if (endpoint instanceof Endpoint.OfWorkflow w) {
            workspaceId = w.target().workflow().workspaceId();
            projectId = w.target().workflow().projectId();
        } else {
            Endpoint.OfSource s = (Endpoint.OfSource) endpoint;
            workspaceId = s.source().workspaceId();
            projectId = s.source().projectId();
        }
        String name = fileName == null || fileName.isBlank() ? "body" : fileName.replaceAll("[/\\\\\\p{Cntrl}]", "_");
        if (name.equals(".") || name.equals("..")) {
            name = "_" + name;
        }
        if (name.length() > MAX_NAME_LENGTH) { // the path's limit leaves room for the directory
            name = name.substring(name.length() - MAX_NAME_LENGTH);
        }
        String path = DIRECTORY + "/" + Ids.ordered(System.currentTimeMillis()) + "/" + name;
        long expires = System.currentTimeMillis() + SignedFileUrls.LIFETIME_SECONDS * 1000;
        StoredFile file = files.write(workspaceId, projectId, path, content, contentType, expires);
        return new Upload(files.url(file), file.path(), file.size());
    }

    /**
     * Records a test event ({@code x-pd-notrigger: 1}): on the workflow's HTTP trigger, or on a source's
     * {@code $test} channel; the workflow or source does not run. False for an endpoint of neither kind.
     */
    public boolean recordTest(Endpoint endpoint, JsonObject event) {
        if (endpoint instanceof Endpoint.OfWorkflow w) {
            events.append(w.target().workflow().workspaceId(), w.target().emitterId(),
                    new Emission(event.toString(), null, null, null, null), null, 0);
            return true;
        }
        if (endpoint instanceof Endpoint.OfSource s) {
            events.append(s.source().workspaceId(), s.source().id(),
                    new Emission(event.toString(), null, SystemChannels.TEST, null, null), null, 0);
            return true;
        }
        return false;
    }
}
