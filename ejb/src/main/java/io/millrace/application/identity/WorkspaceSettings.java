package io.millrace.application.identity;

import io.millrace.domain.workspace.EmailDomains;
import io.millrace.domain.workspace.LoginMethods;
import io.millrace.domain.workspace.NotificationTargets;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.shared.NotFoundException;
import io.millrace.domain.workspace.MembershipRules;
import io.millrace.domain.workspace.Workspace;
import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A workspace's settings, changed by its admins and owner: {@code {"name"?, "require_two_factor"?,
 * "login_methods"?, "sso_domains"?, "notification_emails"?, "notification_webhook_url"?}}. Requiring 2FA signs out the browser sessions of the members that
 * must now enrol (except the caller's own session), as the seed describes.
 */
@ApplicationScoped
public class WorkspaceSettings {
    private static final Set<String> FIELDS = Set.of("name", "require_two_factor", "login_methods", "sso_domains",
            "notification_emails", "notification_webhook_url");
    private static final int MAX_NAME = 100;

    @Inject
    WorkspaceWriter writer;
    @Inject
    WorkspaceRepository workspaces;

    /**
     * Changes the caller's workspace.
     *
     * @param sessionId the caller's browser session, kept when 2FA becomes required (null for API keys)
     */
    public Workspace update(ActingMember caller, JsonValue body, String sessionId) {
        MembershipRules.checkManages(caller.role());
        JsonObject o = BodyFields.body(body, FIELDS);
        String name = BodyFields.nonBlankText(o, "name", MAX_NAME);
        Boolean requireTwoFactor = BodyFields.trueOrFalse(o, "require_two_factor");
        String methodsText = BodyFields.text(o, "login_methods");
        LoginMethods methods = methodsText == null ? null : LoginMethods.parse(methodsText).orElseThrow(() ->
                new InvalidInputException("login_methods", "login_methods must be one of any, sso_only,"
                        + " sso_with_guests, not " + Quoted.of(methodsText)));
        List<String> domains = o.containsKey("sso_domains") && o.get("sso_domains") != JsonValue.NULL
                ? EmailDomains.check(strings(BodyFields.array(o, "sso_domains"), "sso_domains"), "sso_domains")
                : o.containsKey("sso_domains") ? List.of() : null;
        List<String> emails = o.containsKey("notification_emails") && o.get("notification_emails") != JsonValue.NULL
                ? NotificationTargets.checkEmails(strings(BodyFields.array(o, "notification_emails"), "notification_emails"),
                "notification_emails") : o.containsKey("notification_emails") ? List.of() : null;
        String webhook = !o.containsKey("notification_webhook_url") ? null
                : o.get("notification_webhook_url") == JsonValue.NULL ? ""
                : NotificationTargets.checkUrl(BodyFields.text(o, "notification_webhook_url"), "notification_webhook_url");
        WorkspaceWriter.Change change = new WorkspaceWriter.Change(name == null ? null : name.trim(),
                requireTwoFactor, methods, domains, emails, webhook);
        Workspace current = workspaces.workspace(caller.user().workspaceId())
                .orElseThrow(() -> new NotFoundException("workspace not found"));
        LoginMethods effective = methods == null ? current.loginMethods() : methods;
        List<String> effectiveDomains = domains == null ? current.ssoDomains() : domains;
        if (effective == LoginMethods.SSO_WITH_GUESTS && effectiveDomains.isEmpty()) {
            throw new InvalidInputException("sso_domains", "sso_with_guests needs sso_domains: the company's email"
                    + " domains (members with other domains are guests and may use passwords)");
        }
        return writer.update(caller.user().workspaceId(), change, sessionId).workspace();
    }

    private static List<String> strings(JsonArray array, String field) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString s)) {
                throw new InvalidInputException(field + "[" + i + "]", field + " must hold strings");
            }
            out.add(s.getString());
        }
        return out;
    }
}
