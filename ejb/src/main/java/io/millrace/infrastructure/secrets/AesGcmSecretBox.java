package io.millrace.infrastructure.secrets;

import io.millrace.application.environment.SecretBox;
import io.millrace.infrastructure.config.DataDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link SecretBox} with AES-256-GCM. The key is {@code millrace.secrets.key} (base64 of 32 bytes;
 * e.g. the environment variable {@code MILLRACE_SECRETS_KEY}) when set, else the file
 * {@code secrets.key} in the data directory, generated on first use. Losing the key loses the values.
 */
@ApplicationScoped
public class AesGcmSecretBox implements SecretBox {
    static final String KEY_FILE = "secrets.key";
    private static final Logger LOG = Logger.getLogger(AesGcmSecretBox.class.getName());

    @Inject
    @ConfigProperty(name = "millrace.secrets.key")
    Optional<String> configuredKey;
    @Inject
    DataDirectory dataDirectory;

    private volatile AesGcm aes;
    private volatile javax.crypto.spec.SecretKeySpec macKey;

    @Override
    public String seal(String plaintext, String context) {
        return aes().seal(plaintext, context);
    }

    @Override
    public String open(String sealed, String context) {
        return aes().open(sealed, context);
    }

    @Override
    public String mac(String value) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(macKey());
            byte[] digest = mac.doFinal(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The MAC key: HMAC-SHA256 of a fixed label under the secrets key, so the AES key itself is never a MAC key. */
    private javax.crypto.spec.SecretKeySpec macKey() throws java.security.GeneralSecurityException {
        javax.crypto.spec.SecretKeySpec current = macKey;
        if (current == null) {
            synchronized (this) { // loadKey may create the key file: once, as aes() does
                if (macKey == null) {
                    macKey = deriveMacKey();
                }
                current = macKey;
            }
        }
        return current;
    }

    private javax.crypto.spec.SecretKeySpec deriveMacKey() throws java.security.GeneralSecurityException {
        javax.crypto.Mac derive = javax.crypto.Mac.getInstance("HmacSHA256");
        derive.init(new javax.crypto.spec.SecretKeySpec(loadKey(), "HmacSHA256"));
        return new javax.crypto.spec.SecretKeySpec(
                derive.doFinal("millrace mac key".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "HmacSHA256");
    }

    private AesGcm aes() {
        AesGcm current = aes;
        if (current == null) {
            synchronized (this) {
                if (aes == null) {
                    aes = new AesGcm(loadKey());
                }
                current = aes;
            }
        }
        return current;
    }

    private byte[] loadKey() {
        Optional<String> configured = configuredKey.filter(k -> !k.isBlank() && !k.contains("${"));
        if (configured.isPresent()) {
            return KeyFile.decode(configured.get(), "millrace.secrets.key");
        }
        Path file = dataDirectory.path().resolve(KEY_FILE);
        LOG.info("millrace.secrets.key is not set: using the key file " + file);
        return KeyFile.loadOrCreate(file);
    }
}
