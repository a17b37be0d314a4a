package io.millrace.application.connect;

import io.millrace.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConnectProxyTest {
    private static final JsonObject KEYS = Json.createObjectBuilder().add("api_key", "a&b c").add("n", 7).build();

    @Test
    void theUrlIsDecodedFromStandardOrUrlSafeBase64WithOrWithoutPadding() {
        String url = "https://api.example.com/v1/things?x=1>2&y=~";
        byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
        assertEquals(url, ConnectProxy.decode(Base64.getEncoder().encodeToString(bytes)));
        assertEquals(url, ConnectProxy.decode(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)));
        assertEquals("url_64", assertThrows(InvalidInputException.class, () -> ConnectProxy.decode("%%%")).field());
        assertEquals("url_64", assertThrows(InvalidInputException.class, () -> ConnectProxy.decode("")).field());
    }

    @Test
    void onlyAbsoluteHttpUrlsAreTargets() {
        assertEquals("api.example.com", ConnectProxy.uri("https://api.example.com/x").getHost());
        for (String bad : new String[] {"/relative/path", "ftp://example.com/x", "file:///etc/passwd", "http://"}) {
            assertEquals("url_64", assertThrows(InvalidInputException.class, () -> ConnectProxy.uri(bad)).field(), bad);
        }
    }

    @Test
    void aRelativePathGoesAfterTheAppsBaseUrlAndFullUrlsOnlyToItsAllowedDomains() {
        io.millrace.domain.apps.App app = new io.millrace.domain.apps.App("app_1", "gl", io.millrace.domain.apps.App.Origin.ADMIN, 1);
        JsonObject keys = Json.createObjectBuilder().add("host", "127.0.0.1:8080").add("q", "a b").build();
        app.apply(io.millrace.domain.apps.AppRequest.forUpdate(Json.createObjectBuilder().add("connect",
                Json.createObjectBuilder().add("base_proxy_target_url", "http://{{custom_fields.host}}/")
                        .add("allowed_domains", Json.createArrayBuilder().add("Example.com"))).build()), 2);
        assertEquals("http://127.0.0.1:8080/api/v4/x?q=a%20b",
                ConnectProxy.target(app, "/api/v4/x?q={{custom_fields.q}}", keys).toString());
        assertEquals("api.example.com", ConnectProxy.target(app, "https://api.example.com/x", keys).getHost());
        assertEquals("example.com", ConnectProxy.target(app, "https://example.com/x", keys).getHost());
        for (String bad : new String[] {"https://badexample.com/x", "https://example.com.evil.test/x", "http://127.0.0.1:8080/x"}) {
            assertEquals("url_64", assertThrows(InvalidInputException.class, () -> ConnectProxy.target(app, bad, keys)).field(), bad);
        }
        io.millrace.domain.apps.App plain = new io.millrace.domain.apps.App("app_2", "p", io.millrace.domain.apps.App.Origin.ADMIN, 1);
        assertEquals("url_64", assertThrows(InvalidInputException.class, () -> ConnectProxy.target(plain, "/x", keys)).field());
        assertEquals("any.test", ConnectProxy.target(plain, "https://any.test/x", keys).getHost(), "no allowed_domains: any");
    }

    @Test
    void onlyPrefixedHeadersAndTheContentTypeAreForwardedAndRestrictedOnesAreRefused() {
        Map<String, String> in = new LinkedHashMap<>();
        in.put("Authorization", "Bearer millrace-token");
        in.put("X-PD-Proxy-Authorization", "Bearer upstream");
        in.put("x-pd-proxy-x-custom", "1");
        in.put("Content-Type", "application/json");
        in.put("Cookie", "session=1");
        assertEquals(Map.of("authorization", "Bearer upstream", "x-custom", "1", "Content-Type", "application/json"),
                ConnectProxy.forwarded(in));
        for (String name : new String[] {"x-pd-proxy-host", "x-pd-proxy-cookie", "x-pd-proxy-sec-fetch-mode",
                "x-pd-proxy-proxy-authorization", "X-PD-PROXY-CONTENT-LENGTH"}) {
            assertEquals(name, assertThrows(InvalidInputException.class,
                    () -> ConnectProxy.forwarded(Map.of(name, "x"))).field());
        }
    }

    @Test
    void customFieldsArePutInEncodedInTheUrlAndAsTheyAreInHeaders() {
        assertEquals("https://x.test/?k=a%26b%20c&n=7",
                ConnectProxy.fill("https://x.test/?k={{custom_fields.api_key}}&n={{ custom_fields.n }}", KEYS, "url_64", true));
        assertEquals("Token a&b c", ConnectProxy.fill("Token {{custom_fields.api_key}}", KEYS, "h", false));
        assertEquals("h", assertThrows(InvalidInputException.class,
                () -> ConnectProxy.fill("{{custom_fields.missing}}", KEYS, "h", false)).field());
    }
}
