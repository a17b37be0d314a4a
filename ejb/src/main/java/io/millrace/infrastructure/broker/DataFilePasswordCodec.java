package io.millrace.infrastructure.broker;

import java.nio.file.Path;
import java.util.Map;
import org.apache.activemq.artemis.utils.SensitiveDataCodec;

/**
 * Gives the Artemis resource adapter the embedded broker's generated password: configured as
 * {@code PasswordCodec="io.millrace.infrastructure.broker.DataFilePasswordCodec;file=<data dir>/broker.password"}, it
 * decodes a password written {@code ENC(...)} (whatever is inside) to the content of that file
 * ({@link BrokerPassword}). A password not written {@code ENC(...)} is used as it is, without this codec.
 */
public final class DataFilePasswordCodec implements SensitiveDataCodec<String> {
    private Path file;

    @Override
    public void init(Map<String, String> params) {
        String path = params == null ? null : params.get("file");
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("DataFilePasswordCodec needs file=<path>");
        }
        file = Path.of(path);
    }

    @Override
    public String decode(Object mask) {
        if (file == null) {
            throw new IllegalStateException("DataFilePasswordCodec was not given file=<path>");
        }
        return BrokerPassword.readOrCreate(file);
    }

    @Override
    public String encode(Object secret) {
        throw new UnsupportedOperationException("the broker password is generated, not encoded");
    }
}
