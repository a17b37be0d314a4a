package io.millrace.application.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long invitations and invite links stay valid: {@code MILLRACE_INVITATION_DAYS} (default 7, fractions
 * allowed), and where their links point: {@code MILLRACE_ENDPOINT_BASE_URL}.
 */
@ApplicationScoped
public class InvitationSettings {
    @Inject
    @ConfigProperty(name = "millrace.invitation.days", defaultValue = "7")
    double days;
    @Inject
    @ConfigProperty(name = "millrace.endpoint.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;

    /** The longest validity, in seconds (at least one). */
    public long maxSeconds() {
        return Math.max(1, Math.round(days * 86_400));
    }

    /** The link that accepts the invitation of this token. */
    public String link(String token) {
        return baseUrl.replaceFirst("/+$", "") + "/invitations/" + token;
    }
}
