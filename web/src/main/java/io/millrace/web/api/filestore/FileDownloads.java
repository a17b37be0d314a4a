package io.millrace.web.api.filestore;

import io.millrace.application.filestore.ProjectFiles;
import io.millrace.domain.filestore.FilePaths;
import io.millrace.domain.filestore.StoredFile;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * A file's bytes as an answer, streamed chunk by chunk, with its content type and length. Files come from
 * anyone who can write to a project (or send to an HTTP trigger) and are served from the console's origin, so
 * the answer is sandboxed ({@code Content-Security-Policy: sandbox}: an HTML file runs no script and gets no
 * access to the origin) and never sniffed.
 */
final class FileDownloads {
    private FileDownloads() {
    }

    static Response of(ProjectFiles files, StoredFile file) {
        StreamingOutput body = out -> files.copy(file, out);
        String type = file.contentType() == null || file.contentType().isBlank() ? "application/octet-stream"
                : file.contentType();
        String name = FilePaths.name(file.path()).replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(body, type).header("Content-Length", file.size())
                .header("Content-Disposition", "inline; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; media-src 'self'")
                .build();
    }
}
