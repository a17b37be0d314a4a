package io.millrace.web.api.filestore;

import io.millrace.application.filestore.ProjectFiles;
import io.millrace.domain.filestore.StoredFile;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Renders;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** Files and directories of a file store as JSON. */
final class FileJson {
    private FileJson() {
    }

    static JsonObjectBuilder file(StoredFile f, String url) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("path", f.path()).add("type", "file").add("size", f.size())
                .add("content_type", f.contentType() == null ? JsonValue.NULL : Jsonp.createValue(f.contentType()))
                .add("modified_at", Renders.seconds(f.updatedAt()));
        if (url != null) {
            b.add("url", url);
        }
        return b;
    }

    static JsonObjectBuilder entry(ProjectFiles.Entry e) {
        if (e.file() != null) {
            return file(e.file(), null);
        }
        return Jsonp.createObjectBuilder().add("path", e.path()).add("type", "directory").add("size", e.size())
                .add("content_type", JsonValue.NULL).add("modified_at", Renders.seconds(e.modifiedAt()));
    }
}
