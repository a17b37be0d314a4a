package io.millrace.application.filestore;

import io.millrace.application.environment.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pre-signed GET URLs of files (seed: {@code File.toUrl()}, uploads of HTTP requests): {@code
 * <base>/files/<file id>?expires=<epoch seconds>&signature=<HMAC-SHA256>}, the HMAC taken with the server's
 * secret key over the file id and the expiry. Nothing is stored; a URL works until it expires (30 minutes, as
 * the seed says), and changing the id or the expiry breaks its signature.
 */
@ApplicationScoped
public class SignedFileUrls {
    /** How long a URL works: 30 minutes. */
    public static final long LIFETIME_SECONDS = 30 * 60;

    @Inject
    @ConfigProperty(name = "millrace.endpoint.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;
    @Inject
    SecretBox secrets;

    /** A URL of the file that works for {@link #LIFETIME_SECONDS} from now. */
    public String url(String fileId) {
        long expires = System.currentTimeMillis() / 1000 + LIFETIME_SECONDS;
        return baseUrl.replaceAll("/+$", "") + "/files/" + fileId + "?expires=" + expires + "&signature="
                + signature(fileId, expires);
    }

    /** Whether the URL's signature is right for the file id and expiry, and the expiry has not passed. */
    public boolean valid(String fileId, String expires, String signature, long nowMillis) {
        if (fileId == null || expires == null || signature == null || !expires.matches("[0-9]{1,12}")) {
            return false;
        }
        long at = Long.parseLong(expires);
        boolean right = MessageDigest.isEqual(signature(fileId, at).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
        return right && nowMillis / 1000 < at;
    }

    private String signature(String fileId, long expires) {
        return secrets.mac("file " + fileId + " " + expires);
    }
}
