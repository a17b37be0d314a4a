package io.millrace.domain.connect;

import java.util.Locale;
import java.util.Optional;

/** A project's two Connect environments (the {@code x-pd-environment} header); each has its own users and data. */
public enum ConnectEnvironment {
    DEVELOPMENT, PRODUCTION;

    /** The header's value ({@code development} or {@code production}, any case), or empty when it is neither. */
    public static Optional<ConnectEnvironment> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "development" -> Optional.of(DEVELOPMENT);
            case "production" -> Optional.of(PRODUCTION);
            default -> Optional.empty();
        };
    }

    /** The name as the API writes it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
