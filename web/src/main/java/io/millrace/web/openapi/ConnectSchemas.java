package io.millrace.web.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Pipedream Connect ({@code /v1/connect/{project_id}/…}): tokens, external users, components, actions, triggers. */
public final class ConnectSchemas {
    private ConnectSchemas() {
    }

    @Schema(name = "NewConnectToken", description = "POST /v1/connect/{project_id}/tokens")
    public static class NewConnectToken {
        @Schema(required = true, description = "the end user's id in your system (1–250 characters)")
        public String external_user_id;
        @Schema(nullable = true, description = "origins allowed to use the token from a browser")
        public List<String> allowed_origins;
        @Schema(nullable = true, description = "seconds until it expires (60 to 14400, default 14400)")
        public Integer expires_in;
        @Schema(nullable = true)
        public String success_redirect_uri;
        @Schema(nullable = true)
        public String error_redirect_uri;
        @Schema(nullable = true)
        public String webhook_uri;
        @Schema(nullable = true)
        public String scope;
        @Schema(nullable = true)
        public String app_id;
        @Schema(nullable = true)
        public String oauth_app_id;
        @Schema(nullable = true)
        public Boolean allow_progressive_scopes;
    }

    @Schema(name = "ConnectToken", description = "A Connect token (not wrapped in data)")
    public static class ConnectToken {
        @Schema(example = "ctok_…")
        public String token;
        @Schema(description = "ISO 8601 time")
        public String expires_at;
        public String connect_link_url;
    }

    @Schema(name = "ExternalUser")
    public static class ExternalUser {
        @Schema(example = "exu_a1B2c3D4")
        public String id;
        public String external_id;
        @Schema(description = "ISO 8601 time")
        public String created_at;
        @Schema(description = "ISO 8601 time")
        public String updated_at;
    }

    @Schema(name = "ExternalUserList")
    public static class ExternalUserList {
        public CommonSchemas.PageInfo page_info;
        public List<ExternalUser> data;
    }

    @Schema(name = "ConnectAccount", description = "An external user's account (not wrapped in data)")
    public static class ConnectAccount {
        @Schema(example = "apn_a1B2c3D4")
        public String id;
        @Schema(nullable = true)
        public String name;
        @Schema(description = "the external user's id")
        public String external_id;
        public boolean healthy;
        public boolean dead;
        @Schema(description = "the app: id, name_slug, name, auth_type, img_src, custom_fields_json, categories, featured_weight, scope_profiles")
        public Map<String, Object> app;
        @Schema(description = "ISO 8601 time")
        public String created_at;
        @Schema(description = "ISO 8601 time")
        public String updated_at;
        public List<String> authorized_scopes;
        @Schema(description = "ISO 8601 time; OAuth accounts whose token expiry is known")
        public String expires_at;
        @Schema(description = "ISO 8601 time")
        public String last_refreshed_at;
        @Schema(nullable = true, description = "the last refresh error")
        public String error;
        @Schema(description = "only with include_credentials: the custom fields, or oauth_access_token and the other OAuth fields")
        public Map<String, Object> credentials;
    }

    @Schema(name = "ConnectAccountList")
    public static class ConnectAccountList {
        public CommonSchemas.PageInfo page_info;
        public List<ConnectAccount> data;
    }

    @Schema(name = "NewConnectAccount", description = "POST /v1/connect/{project_id}/accounts: a key-based app's account for a Connect token's external user")
    public static class NewConnectAccount {
        @Schema(required = true, description = "the app's name slug or id")
        public String app_slug;
        @Schema(required = true, description = "the app's custom fields as JSON text, e.g. {\"api_key\": \"…\"}")
        public String cfmap_json;
        @Schema(required = true, example = "ctok_…")
        public String connect_token;
        public String name;
        @Schema(description = "accepted and ignored (app overrides are not there)")
        public String app_override_id;
        @Schema(nullable = true, description = "connect this account of the token's external user again (same app):"
                + " its custom fields are replaced in place, its id stays")
        public String account_id;
    }

    @Schema(name = "ConnectProjectInfo")
    public static class ConnectProjectInfo {
        @Schema(description = "the apps of the project: {id, name_slug}")
        public List<Map<String, Object>> apps;
    }

    @Schema(name = "ConnectTokenCheck", description = "GET /v1/connect/tokens/{ctok}/validate")
    public static class ConnectTokenCheck {
        public boolean success;
        @Schema(nullable = true, description = "why the token cannot connect an account")
        public String error;
        @Schema(nullable = true)
        public String project_id;
        @Schema(nullable = true, description = "development or production")
        public String project_environment;
        @Schema(nullable = true)
        public String success_redirect_uri;
        @Schema(nullable = true)
        public String error_redirect_uri;
    }

    @Schema(name = "ConnectApp", description = "A catalogue app as Connect lists it")
    public static class ConnectApp {
        @Schema(example = "app_a1B2c3D4")
        public String id;
        public String name_slug;
        public String name;
        @Schema(description = "oauth, keys or none")
        public String auth_type;
        @Schema(nullable = true)
        public String description;
        @Schema(description = "the logo's URL, empty when there is none")
        public String img_src;
        @Schema(description = "the custom fields an account asks for, as JSON text")
        public String custom_fields_json;
        public List<String> categories;
        @Schema(description = "always 0")
        public int featured_weight;
        public List<Map<String, Object>> scope_profiles;
    }

    @Schema(name = "ConnectAppData")
    public static class ConnectAppData {
        public ConnectApp data;
    }

    @Schema(name = "ConnectAppList")
    public static class ConnectAppList {
        public CommonSchemas.PageInfo page_info;
        public List<ConnectApp> data;
    }

    @Schema(name = "AppCategory", description = "A category some app of the catalogue lists")
    public static class AppCategory {
        @Schema(example = "appcat_developer_tools")
        public String id;
        public String name;
        @Schema(nullable = true)
        public String description;
    }

    @Schema(name = "ConnectComponent", description = "A component as Connect lists it")
    public static class ConnectComponent {
        public String key;
        public String name;
        public String version;
        @Schema(nullable = true)
        public String description;
        @Schema(description = "action or trigger")
        public String component_type;
        @Schema(nullable = true)
        public String app;
        public List<Map<String, Object>> configurable_props;
    }

    @Schema(name = "ConnectComponentData")
    public static class ConnectComponentData {
        public ConnectComponent data;
    }

    @Schema(name = "ConnectComponentList")
    public static class ConnectComponentList {
        public CommonSchemas.PageInfo page_info;
        public List<ConnectComponent> data;
    }

    @Schema(name = "ConnectConfigureProp", description = "A prop's options for an external user")
    public static class ConnectConfigureProp {
        @Schema(required = true, description = "the component's key (or a workspace component's sc_ id)")
        public String id;
        @Schema(required = true)
        public String external_user_id;
        @Schema(required = true)
        public String prop_name;
        @Schema(nullable = true)
        public Map<String, Object> configured_props;
        @Schema(nullable = true)
        public Integer page;
        @Schema(nullable = true)
        public Map<String, Object> prev_context;
        @Schema(nullable = true)
        public String query;
        @Schema(nullable = true)
        public String version;
        @Schema(nullable = true)
        public String dynamic_props_id;
        @Schema(nullable = true)
        public Boolean blocking;
    }

    @Schema(name = "ConnectReloadProps", description = "A component's props after additionalProps(), for an external user")
    public static class ConnectReloadProps {
        @Schema(required = true)
        public String id;
        @Schema(required = true)
        public String external_user_id;
        @Schema(nullable = true)
        public Map<String, Object> configured_props;
        @Schema(nullable = true)
        public String version;
        @Schema(nullable = true)
        public String dynamic_props_id;
        @Schema(nullable = true)
        public Boolean blocking;
    }

    @Schema(name = "ConnectRunAction")
    public static class ConnectRunAction {
        @Schema(required = true, description = "the action's key (or a workspace component's sc_ id)")
        public String id;
        @Schema(required = true)
        public String external_user_id;
        @Schema(nullable = true)
        public Map<String, Object> configured_props;
        @Schema(nullable = true)
        public String version;
        @Schema(nullable = true)
        public String dynamic_props_id;
        @Schema(nullable = true)
        public String stash_id;
    }

    @Schema(name = "ConnectActionResult", description = "What the action returned, exported and logged (not wrapped in data)")
    public static class ConnectActionResult {
        public Map<String, Object> exports;
        @Schema(description = "observations: {ts, k, msg} or {ts, k: error, err}")
        public List<Map<String, Object>> os;
        @Schema(nullable = true)
        public AnyJson ret;
        @Schema(nullable = true)
        public String stash_id;
    }

    @Schema(name = "ConnectDeployTrigger")
    public static class ConnectDeployTrigger {
        @Schema(required = true, description = "the trigger's key (or a workspace component's sc_ id)")
        public String id;
        @Schema(required = true)
        public String external_user_id;
        @Schema(nullable = true)
        public Map<String, Object> configured_props;
        @Schema(nullable = true, description = "a workflow (p_…) that gets the trigger's events")
        public String workflow_id;
        @Schema(nullable = true, description = "a URL the trigger's events are POSTed to")
        public String webhook_url;
        @Schema(nullable = true)
        public String version;
        @Schema(nullable = true)
        public String dynamic_props_id;
        @Schema(nullable = true)
        public Boolean emit_on_deploy;
    }

    @Schema(name = "DeployedTrigger")
    public static class DeployedTrigger {
        @Schema(example = "dc_abc123Xy")
        public String id;
        @Schema(description = "the external user (exu_…)")
        public String owner_id;
        public String component_id;
        public String component_key;
        public List<Map<String, Object>> configurable_props;
        public Map<String, Object> configured_props;
        public boolean active;
        @Schema(description = "epoch seconds")
        public long created_at;
        @Schema(description = "epoch seconds")
        public long updated_at;
        public String name;
        public String name_slug;
        @Schema(description = "DeployedComponent")
        public String type;
        public boolean emit_on_deploy;
        @Schema(nullable = true, description = "deploy only, with a webhook_url: the key its deliveries are signed with")
        public String webhook_signing_key;
    }

    @Schema(name = "DeployedTriggerData")
    public static class DeployedTriggerData {
        public DeployedTrigger data;
    }

    @Schema(name = "DeployedTriggerList")
    public static class DeployedTriggerList {
        public CommonSchemas.PageInfo page_info;
        public List<DeployedTrigger> data;
    }

    @Schema(name = "DeployedTriggerChange")
    public static class DeployedTriggerChange {
        @Schema(nullable = true)
        public Boolean active;
        @Schema(nullable = true)
        public Map<String, Object> configured_props;
        @Schema(nullable = true)
        public String name;
        @Schema(nullable = true)
        public Boolean emit_on_deploy;
        @Schema(nullable = true, description = "also accepted as the query parameter")
        public String external_user_id;
    }

    @Schema(name = "TriggerEvent", description = "An emitted event: e the event, k its kind, ts epoch ms, sum its summary")
    public static class TriggerEvent {
        public String id;
        public Map<String, Object> e;
        public String k;
        public long ts;
        @Schema(nullable = true)
        public String sum;
    }

    @Schema(name = "TriggerEventList")
    public static class TriggerEventList {
        public List<TriggerEvent> data;
    }

    @Schema(name = "TriggerWebhooks")
    public static class TriggerWebhooks {
        public List<String> webhook_urls;
        @Schema(description = "{id, url, signing_key, signing_key_set}")
        public List<Map<String, Object>> webhooks;
    }

    @Schema(name = "SignedWebhook")
    public static class SignedWebhook {
        public String id;
        public String url;
        @Schema(description = "the key deliveries are signed with (X-Millrace-Signature)")
        public String signing_key;
        public boolean signing_key_set;
        public long created_at;
        public long updated_at;
    }

    @Schema(name = "ProjectWebhookChange")
    public static class ProjectWebhookChange {
        @Schema(required = true, description = "the http(s) URL that gets the environment's Connect webhooks")
        public String url;
    }

    @Schema(name = "SignedWebhookData")
    public static class SignedWebhookData {
        public SignedWebhook data;
    }

    @Schema(name = "TriggerWebhooksChange")
    public static class TriggerWebhooksChange {
        @Schema(required = true)
        public List<String> webhook_urls;
        @Schema(nullable = true, description = "also accepted as the query parameter")
        public String external_user_id;
    }

    @Schema(name = "TriggerWorkflows")
    public static class TriggerWorkflows {
        public List<String> workflow_ids;
    }

    @Schema(name = "TriggerWorkflowsChange")
    public static class TriggerWorkflowsChange {
        @Schema(required = true)
        public List<String> workflow_ids;
        @Schema(nullable = true, description = "also accepted as the query parameter")
        public String external_user_id;
    }
}
