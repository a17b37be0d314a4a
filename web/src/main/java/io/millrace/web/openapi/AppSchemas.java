package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Apps, the workspaces' OAuth clients for apps, and connected accounts. */
public final class AppSchemas {
    private AppSchemas() {
    }

    @Schema(name = "AppConnect")
    public static class AppConnect {
        public boolean proxy_enabled;
        public List<String> allowed_domains;
        @Schema(nullable = true)
        public String base_proxy_target_url;
    }

    @Schema(name = "App")
    public static class App {
        @Schema(example = "app_OkrhR1")
        public String id;
        @Schema(example = "slack")
        public String name_slug;
        public String name;
        @Schema(enumeration = {"oauth", "keys", "none"})
        public String auth_type;
        @Schema(nullable = true)
        public String description;
        @Schema(nullable = true)
        public String img_src;
        @Schema(description = "the custom fields as JSON text: [{name, label, description, default, optional, type}]")
        public String custom_fields_json;
        public List<String> categories;
        public long featured_weight;
        public AppConnect connect;
        @Schema(nullable = true)
        public String authorize_url;
        @Schema(nullable = true)
        public String token_url;
        @Schema(nullable = true)
        public String revoke_url;
        public List<String> scopes;
        @Schema(enumeration = {"admin", "component"})
        public String origin;
        public long created_at;
        public long updated_at;
    }

    @Schema(name = "AppData")
    public static class AppData {
        public App data;
    }

    @Schema(name = "AppList")
    public static class AppList {
        public CommonSchemas.PageInfo page_info;
        public List<App> data;
    }

    @Schema(name = "CustomField")
    public static class CustomField {
        public String name;
        @Schema(nullable = true)
        public String label;
        @Schema(nullable = true)
        public String description;
        @Schema(name = "default", nullable = true)
        public String defaultValue;
        public Boolean optional;
        @Schema(enumeration = {"string", "password"})
        public String type;
    }

    @Schema(name = "AppChange", description = "on create name_slug and auth_type are required; an oauth app needs authorize_url and token_url")
    public static class AppChange {
        public String name_slug;
        public String name;
        @Schema(enumeration = {"oauth", "keys", "none"})
        public String auth_type;
        public String description;
        public String img_src;
        public List<CustomField> custom_fields;
        @Schema(description = "custom_fields as JSON text, as GET answers it (instead of custom_fields)")
        public String custom_fields_json;
        public List<String> categories;
        public String authorize_url;
        public String token_url;
        public String revoke_url;
        public List<String> scopes;
        @Schema(description = "the Connect proxy: allowed_domains (full URLs only to these domains and their"
                + " subdomains) and base_proxy_target_url (relative paths go to it; may hold {{custom_fields.NAME}})")
        public AppConnect connect;
    }

    @Schema(name = "AppOAuthClient")
    public static class AppOAuthClient {
        @Schema(example = "aoc_3BXfWOab")
        public String id;
        public String app_id;
        @Schema(nullable = true)
        public String name;
        public String client_id;
        public List<String> scopes;
        public long created_at;
    }

    @Schema(name = "AppOAuthClientData")
    public static class AppOAuthClientData {
        public AppOAuthClient data;
    }

    @Schema(name = "AppOAuthClientList")
    public static class AppOAuthClientList {
        public List<AppOAuthClient> data;
    }

    @Schema(name = "NewAppOAuthClient")
    public static class NewAppOAuthClient {
        @Schema(description = "the app, id or name slug", required = true)
        public String app;
        public String name;
        @Schema(required = true)
        public String client_id;
        @Schema(required = true, description = "sealed at rest, never returned")
        public String client_secret;
        @Schema(description = "the scopes to ask for; default: the app's")
        public List<String> scopes;
    }

    @Schema(name = "Account")
    public static class Account {
        @Schema(example = "apn_abc123")
        public String id;
        @Schema(nullable = true)
        public String name;
        @Schema(nullable = true)
        public String external_id;
        public boolean healthy;
        public boolean dead;
        public App app;
        @Schema(nullable = true)
        public String owner_id;
        public boolean shared;
        @Schema(nullable = true)
        public String scopes;
        @Schema(nullable = true)
        public String expires_at;
        @Schema(nullable = true)
        public String last_refreshed_at;
        @Schema(nullable = true)
        public String last_error;
        @Schema(nullable = true)
        public String last_error_at;
        public String created_at;
        public String updated_at;
        @Schema(description = "only with include_credentials: the account's $auth")
        public java.util.Map<String, Object> credentials;
    }

    @Schema(name = "AccountData")
    public static class AccountData {
        public Account data;
    }

    @Schema(name = "AccountList")
    public static class AccountList {
        public CommonSchemas.PageInfo page_info;
        public List<Account> data;
    }

    @Schema(name = "NewAccount", description = "a key-based account")
    public static class NewAccount {
        @Schema(required = true, description = "the app, id or name slug")
        public String app;
        public String name;
        @Schema(description = "the app's custom fields, each a string")
        public java.util.Map<String, String> credentials;
        public Boolean shared;
    }

    @Schema(name = "OAuthStart")
    public static class OAuthStart {
        @Schema(description = "the provider's authorization URL (code flow, PKCE S256) to send the browser to")
        public String authorize_url;
    }

    @Schema(name = "OAuthStartData")
    public static class OAuthStartData {
        public OAuthStart data;
    }

    @Schema(name = "AccountChange")
    public static class AccountChange {
        public String name;
        public Boolean shared;
    }
}
