package io.millrace.application.filestore;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.application.environment.SecretBox;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Signed file URLs: valid until they expire, and neither their file id nor their expiry can be changed. */
class SignedFileUrlsTest {

    private static SignedFileUrls urls(String key) {
        SignedFileUrls urls = new SignedFileUrls();
        urls.baseUrl = "http://files.test/";
        urls.secrets = new SecretBox() {
            @Override
            public String seal(String plaintext, String context) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String open(String sealed, String context) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String mac(String value) {
                try {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                    return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
                } catch (java.security.GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        return urls;
    }

    private static String param(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    @Test
    void aUrlWorksUntilItExpiresAndNotAfter() {
        SignedFileUrls urls = urls("server-key");
        long now = System.currentTimeMillis();
        String url = urls.url("fi_abc");
        assertTrue(url.startsWith("http://files.test/files/fi_abc?expires="), url);
        String expires = param(url, "expires");
        String signature = param(url, "signature");
        assertTrue(urls.valid("fi_abc", expires, signature, now));
        long expiry = Long.parseLong(expires) * 1000;
        assertTrue(expiry - now >= (SignedFileUrls.LIFETIME_SECONDS - 5) * 1000, "about 30 minutes");
        assertTrue(urls.valid("fi_abc", expires, signature, expiry - 1000));
        assertFalse(urls.valid("fi_abc", expires, signature, expiry), "expired");
        assertFalse(urls.valid("fi_abc", expires, signature, expiry + 3_600_000));
    }

    @Test
    void changingTheFileTheExpiryOrTheKeyBreaksTheSignature() {
        SignedFileUrls urls = urls("server-key");
        long now = System.currentTimeMillis();
        String url = urls.url("fi_abc");
        String expires = param(url, "expires");
        String signature = param(url, "signature");
        assertFalse(urls.valid("fi_abd", expires, signature, now));
        assertFalse(urls.valid("fi_abc", String.valueOf(Long.parseLong(expires) + 3600), signature, now));
        assertFalse(urls.valid("fi_abc", expires, signature.substring(1) + "A", now));
        assertFalse(urls("another-key").valid("fi_abc", expires, signature, now), "another server's key");
        assertFalse(urls.valid("fi_abc", "-1", signature, now));
        assertFalse(urls.valid("fi_abc", null, signature, now));
        assertFalse(urls.valid("fi_abc", expires, null, now));
    }
}
