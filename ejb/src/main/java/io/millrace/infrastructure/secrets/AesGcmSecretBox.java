package io.millrace.infrastructure.secrets;

import io.millrace.application.SecretBox;
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

    @Override
    public String seal(String plaintext, String context) {
        return aes().seal(plaintext, context);
    }

    @Override
    public String open(String sealed, String context) {
        return aes().open(sealed, context);
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
