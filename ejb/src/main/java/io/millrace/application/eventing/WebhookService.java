package io.millrace.application.eventing;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import io.millrace.shared.SafeText;
import io.millrace.shared.NotFoundException;
import io.millrace.domain.subscription.Webhook;
import io.millrace.domain.subscription.WebhookRepository;
import io.millrace.domain.workspace.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * The webhooks API. A webhook's URL must be absolute with an {@code http} or {@code https} scheme and a
 * host (the seed's rule); it may name a port and a path.
 */
@ApplicationScoped
public class WebhookService {
    static final int MAX_URL = 2048;

    @Inject
    WebhookRepository webhooks;
    @Inject
    WebhookWriter writer;

    public Webhook create(User caller, String url, String name, String description) {
        String checked = url(url);
        return writer.create(caller.workspaceId(), caller.id(), checked, name(name),
                text(description, "description", 1024));
    }

    /** A webhook whose deliveries are signed ({@link WebhookSignature}) with a new random key. */
    public Webhook createSigned(User caller, String url, String name) {
        return writer.createSigned(caller.workspaceId(), caller.id(), url(url), name(name));
    }

    /** Gives the webhook a new signing key; the old one no longer signs. */
    public Webhook regenerateSigningKey(User caller, String id) {
        Webhook webhook = writer.regenerateSigningKey(caller.workspaceId(), id);
        if (webhook == null) {
            throw new NotFoundException("webhook " + Quoted.value(id) + " not found");
        }
        return webhook;
    }

    public void delete(User caller, String id) {
        if (!writer.delete(caller.workspaceId(), id)) {
            throw new NotFoundException("webhook " + Quoted.value(id) + " not found");
        }
    }

    public Webhook get(User caller, String id) {
        return webhooks.find(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("webhook " + Quoted.value(id) + " not found"));
    }

    public List<Webhook> list(User caller) {
        return webhooks.ofWorkspace(caller.workspaceId());
    }

    /** The URL checked: absolute, http(s), with a host; 400 naming {@code url}. */
    public static String url(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidInputException("url", "url is required");
        }
        String trimmed = url.trim();
        if (trimmed.length() > MAX_URL) {
            throw new InvalidInputException("url", "url must be at most " + MAX_URL + " characters");
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new InvalidInputException("url", "url must start with http:// or https://");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new InvalidInputException("url", "url must name a host");
            }
            return trimmed;
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "url is not a valid URL: " + Quoted.detail(e.getMessage()));
        }
    }

    /** A webhook's name: at most 255 characters, under {@link SafeText#checkIdentifier}. */
    private static String name(String name) {
        SafeText.checkIdentifier(name, "name");
        return text(name, "name", 255);
    }

    private static String text(String value, String param, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(param, param + " must be at most " + max + " characters");
        }
        return value;
    }
}
