package io.millrace.application.email;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Email triggers' settings: the inbound domain of their addresses ({@code millrace.email.domain}) and the largest
 * message accepted ({@code millrace.email.max.bytes}, 30 MB as Pipedream's limits page says).
 */
@ApplicationScoped
public class EmailSettings {
    /** Pipedream's email payload limit: 30 MB (body, headers and attachments together). */
    public static final long DEFAULT_MAX_BYTES = 30L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "millrace.email.domain", defaultValue = "localhost")
    String domain;
    @Inject
    @ConfigProperty(name = "millrace.email.max.bytes", defaultValue = "31457280")
    long maxBytes;

    /** The inbound domain, in lower case. */
    public String domain() {
        return domain.trim().toLowerCase(Locale.ROOT);
    }

    /** The largest message accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The address of an email trigger's key. */
    public String address(String key) {
        return key + "@" + domain();
    }
}
