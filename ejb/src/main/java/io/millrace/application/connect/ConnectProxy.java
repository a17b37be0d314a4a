package io.millrace.application.connect;

import io.millrace.application.accounts.AccountRefresh;
import io.millrace.application.accounts.AccountUnavailableException;
import io.millrace.domain.accounts.AccountRepository;
import io.millrace.domain.accounts.ConnectedAccount;
import io.millrace.application.apps.AppCatalogue;
import io.millrace.domain.apps.App;
import io.millrace.domain.apps.AuthType;
import io.millrace.shared.ConflictException;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Connect proxy ({@code /v1/connect/{project_id}/proxy/{url_64}}): a request to the app's API for an external
 * user's account, with the account's credentials put in — for OAuth apps the {@code Authorization: Bearer} access
 * token (refreshed when due, and once more when the API answers 401); for key-based apps the account's custom fields
 * wherever the request writes {@code {{custom_fields.NAME}}} (in the URL or a header). Only headers prefixed
 * {@code x-pd-proxy-} are forwarded (without the prefix; the seed's restricted headers are a 400). The target is
 * an absolute http(s) URL, or a path after the app's {@code base_proxy_target_url}, base64-encoded (standard or
 * URL-safe), within the app's {@code allowed_domains} when it has any, and checked by the egress policy.
 */
@ApplicationScoped
public class ConnectProxy {
    /** The prefix of the caller's headers that are forwarded. */
    public static final String PREFIX = "x-pd-proxy-";
    private static final Set<String> RESTRICTED = Set.of("accept-encoding", "access-control-request-headers",
            "access-control-request-method", "connection", "content-length", "cookie", "date", "dnt", "expect", "host",
            "keep-alive", "origin", "permissions-policy", "referer", "te", "trailer", "transfer-encoding", "upgrade",
            "via", "note");
    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*custom_fields\\.([A-Za-z0-9_\\-]+)\\s*}}");

    @Inject
    AccountRepository accounts;
    @Inject
    AccountRefresh refresh;
    @Inject
    ConnectRateLimits limits;
    @Inject
    ProxyTransport transport;
    @Inject
    AppCatalogue catalogue;

    /**
     * @param headers the caller's headers (names in any case); only {@code x-pd-proxy-*} and Content-Type are used
     */
    public ProxyTransport.Answer forward(ConnectScope scope, String externalUserId, String accountId, String url64,
                                         String method, Map<String, String> headers, byte[] body) {
        limits.take(ConnectRateLimits.Kind.PROXY, scope, null);
        String external = ExternalUsers.checked(externalUserId, "external_user_id");
        if (accountId == null || accountId.isBlank()) {
            throw new InvalidInputException("account_id", "account_id is required");
        }
        String target = decode(url64);
        Map<String, String> forwarded = forwarded(headers);
        ConnectedAccount account = accounts.account(accountId)
                .filter(a -> scope.workspaceId().equals(a.workspaceId()) && scope.projectId().equals(a.projectId())
                        && scope.environment().label().equals(a.environment()) && external.equals(a.externalUserId()))
                .orElseThrow(() -> new NotFoundException("account " + Quoted.value(accountId)
                        + " of external user " + Quoted.value(external) + " not found"));
        JsonObject credentials = credentials(account, false);
        App app = catalogue.find(account.appSlug()).orElse(null);
        URI uri = target(app, target, credentials);
        ProxyTransport.Answer answer = transport.send(request(method, uri, forwarded, credentials, account, body));
        if (answer.status() == 401 && account.authType() == AuthType.OAUTH) {
            credentials = credentials(account, true);
            answer = transport.send(request(method, uri, forwarded, credentials, account, body));
        }
        return answer;
    }

    private ProxyTransport.Request request(String method, URI uri, Map<String, String> forwarded, JsonObject credentials,
                                           ConnectedAccount account, byte[] body) {
        Map<String, String> out = new LinkedHashMap<>();
        forwarded.forEach((name, value) -> out.put(name, fill(value, credentials, PREFIX + name, false)));
        if (account.authType() == AuthType.OAUTH) {
            out.keySet().removeIf(n -> n.equalsIgnoreCase("authorization"));
            out.put("Authorization", "Bearer " + credentials.getString("oauth_access_token", ""));
        }
        return new ProxyTransport.Request(method, uri, out, body);
    }

    private JsonObject credentials(ConnectedAccount account, boolean force) {
        try {
            return JsonText.parseObject(refresh.current(account.workspaceId(), account.id(), force));
        } catch (AccountUnavailableException e) {
            throw new ConflictException("the account cannot be used: " + e.getMessage() + "; connect it again");
        }
    }

    /** The forwarded headers: {@code x-pd-proxy-NAME} as NAME, and the body's Content-Type. */
    static Map<String, String> forwarded(Map<String, String> headers) {
        Map<String, String> out = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("content-type")) {
                out.putIfAbsent("Content-Type", value);
            } else if (lower.startsWith(PREFIX)) {
                String forwardedName = lower.substring(PREFIX.length());
                if (forwardedName.isEmpty() || RESTRICTED.contains(forwardedName) || forwardedName.startsWith("proxy-")
                        || forwardedName.startsWith("sec-")) {
                    throw new InvalidInputException(name, "the header " + Quoted.value(forwardedName)
                            + " may not be sent through the proxy");
                }
                if (forwardedName.equals("content-type")) {
                    out.put("Content-Type", value);
                } else {
                    out.put(forwardedName, value);
                }
            }
        });
        return out;
    }

    /** The target URL from base64 (standard or URL-safe, padded or not). */
    static String decode(String url64) {
        if (url64 == null || url64.isBlank()) {
            throw new InvalidInputException("url_64", "url_64 (the target URL, base64-encoded) is required");
        }
        try {
            String normal = url64.trim().replace('-', '+').replace('_', '/').replaceAll("=+$", "");
            return new String(Base64.getDecoder().decode(normal), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("url_64", "url_64 must be the target URL, base64-encoded");
        }
    }

    /**
     * The URL the request goes to: a relative path ({@code /…}) after the app's {@code base_proxy_target_url} (its
     * placeholders filled as they are, the path's percent-encoded); a full URL only to the app's allowed domains
     * (and their subdomains, and the base URL's host) when it has any.
     */
    static URI target(App app, String target, JsonObject credentials) {
        if (target.startsWith("/")) {
            String base = app == null ? null : app.baseProxyTargetUrl();
            if (base == null) {
                throw new InvalidInputException("url_64", "url_64 is a relative path, but the app has no"
                        + " base_proxy_target_url: give the full URL");
            }
            return uri(fill(base, credentials, "url_64", false) + fill(target, credentials, "url_64", true));
        }
        URI uri = uri(fill(target, credentials, "url_64", true));
        if (app != null && !app.allowedDomains().isEmpty()) {
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            java.util.List<String> allowed = new java.util.ArrayList<>(app.allowedDomains());
            if (app.baseProxyTargetUrl() != null && !app.baseProxyTargetUrl().contains("{{")) {
                allowed.add(URI.create(app.baseProxyTargetUrl()).getHost().toLowerCase(Locale.ROOT));
            }
            if (allowed.stream().noneMatch(d -> host.equals(d) || host.endsWith("." + d))) {
                throw new InvalidInputException("url_64", "the host " + Quoted.value(host) + " is not one of the app's"
                        + " allowed_domains " + app.allowedDomains());
            }
        }
        return uri;
    }

    static URI uri(String target) {
        URI uri;
        try {
            uri = URI.create(target);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("url_64", "url_64 is not a URL: " + Quoted.value(target));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new InvalidInputException("url_64", "url_64 must be an absolute http or https URL"
                    + " or a path starting with / (for an app with a base_proxy_target_url)");
        }
        return uri;
    }

    /**
     * Puts the account's custom fields in for {@code {{custom_fields.NAME}}} (percent-encoded in a URL); an unknown
     * field is a 400 naming {@code field}.
     */
    static String fill(String text, JsonObject credentials, String field, boolean inUrl) {
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            JsonValue value = credentials.get(m.group(1));
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                throw new InvalidInputException(field, "the account has no custom field " + Quoted.value(m.group(1)));
            }
            String filled = value instanceof JsonString s ? s.getString() : value.toString();
            if (inUrl) {
                filled = java.net.URLEncoder.encode(filled, StandardCharsets.UTF_8).replace("+", "%20");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        m.appendTail(out);
        return out.toString();
    }
}
