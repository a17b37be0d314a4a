package io.millrace.web.trigger;

import io.millrace.application.intake.Endpoint;
import io.millrace.application.intake.TriggerUploads;
import io.millrace.shared.Jsonp;
import io.millrace.shared.TooLargeException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;

/**
 * {@code multipart/form-data} bodies of trigger requests, parsed by the Servlet container's own multipart support
 * ({@code @MultipartConfig} on the servlet: no extra library, and large parts go to the container's temporary
 * files rather than memory). Each field becomes a string of {@code event.body}; each file is stored in the
 * project's file store ({@link TriggerUploads}) and becomes {@code {url, filename, mimetype, size, path}} as the
 * seed shows. The fields together count against the request body limit; files only against the file store's.
 */
final class MultipartBodies {
    private MultipartBodies() {
    }

    /** The request is multipart/form-data. */
    static boolean applies(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/form-data", 0, 19);
    }

    /** Thrown for a body that is not valid multipart/form-data. */
    static final class Malformed extends Exception {
        Malformed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Thrown when the form's fields exceed the body limit. */
    static final class FieldsTooLarge extends Exception {
        FieldsTooLarge(String message) {
            super(message);
        }
    }

    static JsonObject parse(HttpServletRequest request, Endpoint endpoint, TriggerUploads uploads, int maxFieldBytes)
            throws Malformed, FieldsTooLarge, IOException {
        Collection<Part> parts;
        try {
            parts = request.getParts();
        } catch (ServletException | IOException | IllegalStateException | IllegalArgumentException e) {
            throw new Malformed("the multipart/form-data body is malformed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        JsonObjectBuilder body = Jsonp.createObjectBuilder();
        long fieldBytes = 0;
        try {
            for (Part part : parts) {
                String name = part.getName() == null ? "" : part.getName();
                if (part.getSubmittedFileName() == null) {
                    fieldBytes += part.getSize();
                    if (fieldBytes > maxFieldBytes) {
                        throw new FieldsTooLarge("the form's fields exceed the limit of " + maxFieldBytes + " bytes");
                    }
                    try (InputStream in = part.getInputStream()) {
                        body.add(name, new String(in.readAllBytes(), BodyParser.charsetOf(part.getContentType())));
                    }
                } else {
                    TriggerUploads.Upload upload;
                    try (InputStream in = part.getInputStream()) {
                        upload = uploads.store(endpoint, part.getSubmittedFileName(), in, part.getContentType());
                    }
                    body.add(name, Jsonp.createObjectBuilder().add("url", upload.url())
                            .add("filename", part.getSubmittedFileName())
                            .add("mimetype", part.getContentType() == null ? "application/octet-stream" : part.getContentType())
                            .add("size", upload.size()).add("path", upload.path()));
                }
            }
        } finally {
            for (Part part : parts) {
                try {
                    part.delete();
                } catch (IOException ignored) { // the container removes its temporary files itself too
                }
            }
        }
        return body.build();
    }
}
