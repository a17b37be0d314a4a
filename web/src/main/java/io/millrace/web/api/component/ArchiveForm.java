package io.millrace.web.api.component;

import io.millrace.shared.InvalidInputException;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A {@code multipart/form-data} upload of a component package, as a browser form or {@code curl -F} sends it: the
 * file part {@code archive} (a zip or tar.gz) and the text part {@code entry}. Parsed by Jakarta Mail's MIME parser
 * (the container's multipart support is the servlet's, not JAX-RS's); a body that is not such a form is a 400 naming
 * the part.
 */
record ArchiveForm(byte[] archive, String entry) {
    /** The largest form: the archive's limit and room for the parts' headers and {@code entry}. */
    static final int MAX_BYTES = io.millrace.application.component.ComponentService.MAX_ARCHIVE_BYTES + 64 * 1024;

    static ArchiveForm read(String contentType, byte[] body) {
        byte[] archive = null;
        String entry = null;
        try {
            MimeMultipart form = new MimeMultipart(new ByteArrayDataSource(body, contentType));
            for (int i = 0; i < form.getCount(); i++) {
                BodyPart part = form.getBodyPart(i);
                String name = name(part);
                if ("archive".equals(name)) {
                    archive = part.getInputStream().readAllBytes();
                } else if ("entry".equals(name)) {
                    entry = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                }
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new InvalidInputException("archive", "the multipart/form-data body is malformed: it needs a boundary,"
                    + " a file part named archive and a part named entry");
        }
        if (archive == null) {
            throw new InvalidInputException("archive", "the form has no part named archive (the zip or tar.gz file)");
        }
        return new ArchiveForm(archive, entry);
    }

    private static String name(BodyPart part) throws MessagingException {
        String[] disposition = part.getHeader("Content-Disposition");
        return disposition == null || disposition.length == 0 ? null
                : new ContentDisposition(disposition[0]).getParameter("name");
    }
}
