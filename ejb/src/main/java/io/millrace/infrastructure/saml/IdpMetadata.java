package io.millrace.infrastructure.saml;

import com.onelogin.saml2.util.Util;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.w3c.dom.Document;

/**
 * Reads the IdP's metadata XML from {@code MILLRACE_SAML_IDP_METADATA}: an {@code http(s)://} URL (fetched
 * with timeouts, at most 1 MB) or a file path; parsed without DTDs or external entities.
 */
final class IdpMetadata {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_BYTES = 1_000_000;

    private IdpMetadata() {
    }

    /** @throws IllegalStateException when it cannot be read or is not XML */
    static Document read(String location) {
        String text = location.trim();
        String xml;
        try {
            if (text.startsWith("http://") || text.startsWith("https://")) {
                HttpResponse<byte[]> answer = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NORMAL).build()
                        .send(HttpRequest.newBuilder(URI.create(text)).timeout(TIMEOUT).GET().build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("SAML IdP metadata " + text + ": HTTP " + answer.statusCode());
                }
                xml = limited(answer.body(), text);
            } else {
                Path file = Path.of(text.startsWith("file:") ? URI.create(text).getPath() : text);
                xml = limited(Files.readAllBytes(file), text);
            }
        } catch (IOException e) {
            throw new IllegalStateException("SAML IdP metadata " + text + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("SAML IdP metadata " + text + ": interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("SAML IdP metadata " + text + ": not a URL or file: " + e.getMessage(), e);
        }
        Document document = Util.loadXML(xml);
        if (document == null) {
            throw new IllegalStateException("SAML IdP metadata " + text + " is not XML");
        }
        return document;
    }

    private static String limited(byte[] bytes, String location) {
        if (bytes.length > MAX_BYTES) {
            throw new IllegalStateException("SAML IdP metadata " + location + " is larger than 1 MB");
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
