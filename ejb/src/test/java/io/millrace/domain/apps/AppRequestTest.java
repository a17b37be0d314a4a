package io.millrace.domain.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppRequestTest {
    @Test
    void anOAuthAppWithEndpointsScopesAndFields() {
        AppRequest r = AppRequest.forCreate(JsonText.parse("""
                {"name_slug": "acme_crm", "name": "Acme CRM", "auth_type": "oauth",
                 "authorize_url": "https://id.acme.test/authorize", "token_url": "https://id.acme.test/token",
                 "scopes": ["read", "write:all"], "categories": ["CRM"],
                 "custom_fields": [{"name": "subdomain", "label": "Subdomain"}]}"""));
        assertEquals("acme_crm", r.nameSlug());
        assertEquals(AuthType.OAUTH, r.authType());
        assertEquals(List.of("read", "write:all"), r.scopes());
        assertEquals("subdomain", r.customFields().get(0).name());
        assertFalse(r.customFields().get(0).optional());
        assertEquals("string", r.customFields().get(0).type());
        App app = new App("app_1", "x", App.Origin.COMPONENT, 1);
        app.apply(r, 2);
        assertEquals("acme_crm", app.nameSlug());
        assertEquals(App.Origin.ADMIN, app.origin());
        assertTrue(app.oauthReady());
        assertEquals(List.of("read", "write:all"), app.scopes());
        assertEquals(List.of("CRM"), app.categories());
        assertEquals("subdomain", app.customFields().get(0).name());
    }

    @Test
    void customFieldsJsonAsTextReadsTheSame() {
        AppRequest r = AppRequest.forCreate(JsonText.parse("""
                {"name_slug": "bot", "auth_type": "keys",
                 "custom_fields_json": "[{\\"name\\":\\"bot_token\\",\\"type\\":\\"password\\"}]"}"""));
        assertEquals("bot", r.name(), "the name defaults to the slug");
        assertTrue(r.customFields().get(0).secret());
    }

    @Test
    void mistakesNameTheirField() {
        assertField("name_slug", "{\"auth_type\": \"keys\"}");
        assertField("name_slug", "{\"name_slug\": \"Bad Slug\", \"auth_type\": \"keys\"}");
        assertField("auth_type", "{\"name_slug\": \"a\", \"auth_type\": \"basic\"}");
        assertField("authorize_url", "{\"name_slug\": \"a\", \"auth_type\": \"oauth\", \"token_url\": \"https://t.test/\"}");
        assertField("token_url", "{\"name_slug\": \"a\", \"auth_type\": \"keys\", \"token_url\": \"ftp://t.test/\"}");
        assertField("scopes[1]", "{\"name_slug\": \"a\", \"auth_type\": \"keys\", \"scopes\": [\"a\", \"b c\"]}");
        assertField("custom_fields[0].name", "{\"name_slug\": \"a\", \"auth_type\": \"keys\", \"custom_fields\": [{\"name\": \"1x\"}]}");
        assertField("custom_fields[1].name", "{\"name_slug\": \"a\", \"auth_type\": \"keys\", \"custom_fields\": [{\"name\": \"x\"}, {\"name\": \"x\"}]}");
        assertField("custom_fields[0].type", "{\"name_slug\": \"a\", \"auth_type\": \"keys\", \"custom_fields\": [{\"name\": \"x\", \"type\": \"int\"}]}");
        assertField("custom_fields[0].optional", "{\"name_slug\": \"a\", \"auth_type\": \"keys\", \"custom_fields\": [{\"name\": \"x\", \"optional\": 1}]}");
    }

    @Test
    void connectSettingsAreCheckedAndAnEmptyBaseRemovesIt() {
        App app = new App("app_1", "x", App.Origin.ADMIN, 1);
        app.apply(AppRequest.forUpdate(jakarta.json.Json.createReader(new java.io.StringReader(
                "{\"connect\": {\"proxy_enabled\": true, \"allowed_domains\": [\"gitlab.com\"],"
                        + " \"base_proxy_target_url\": \"https://{{custom_fields.base_api_url}}\"}}")).read()), 2);
        assertEquals("https://{{custom_fields.base_api_url}}", app.baseProxyTargetUrl());
        assertEquals(java.util.List.of("gitlab.com"), app.allowedDomains());
        app.apply(AppRequest.forUpdate(jakarta.json.Json.createReader(new java.io.StringReader(
                "{\"connect\": {\"base_proxy_target_url\": \"\"}}")).read()), 3);
        assertEquals(null, app.baseProxyTargetUrl());
        assertEquals(java.util.List.of("gitlab.com"), app.allowedDomains());
        assertUpdateField("connect.base_proxy_target_url", "{\"connect\": {\"base_proxy_target_url\": \"ftp://x\"}}");
        assertUpdateField("connect.allowed_domains[0]", "{\"connect\": {\"allowed_domains\": [\"a b\"]}}");
        assertUpdateField("connect.other", "{\"connect\": {\"other\": 1}}");
        assertUpdateField("connect", "{\"connect\": 1}");
    }

    @Test
    void anUpdateMayGiveAnyField() {
        AppRequest r = AppRequest.forUpdate(JsonText.parse("{\"name\": \"New\"}"));
        assertEquals("New", r.name());
        assertNull(r.nameSlug());
        assertNull(r.customFields());
    }

    private static void assertField(String field, String body) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AppRequest.forCreate(JsonText.parse(body)));
        assertEquals(field, e.field(), e.getMessage());
    }

    private static void assertUpdateField(String field, String body) {
        assertEquals(field, org.junit.jupiter.api.Assertions.assertThrows(io.millrace.shared.InvalidInputException.class,
                () -> AppRequest.forUpdate(jakarta.json.Json.createReader(new java.io.StringReader(body)).read())).field(), body);
    }
}
