package io.millrace.web.api.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.millrace.domain.auth.OAuthException;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OAuthParamsTest {
    private static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE;

    @Test
    void jsonAndFormBodiesGiveTheSameParameters() {
        Map<String, String> json = OAuthParams.read(MediaType.APPLICATION_JSON_TYPE,
                "{\"grant_type\": \"client_credentials\", \"client_id\": \"oa_1\", \"client_secret\": \"s+/=\"}", null);
        Map<String, String> form = OAuthParams.read(FORM,
                "grant_type=client_credentials&client_id=oa_1&client_secret=s%2B%2F%3D", null);
        assertEquals(Map.of("grant_type", "client_credentials", "client_id", "oa_1", "client_secret", "s+/="), json);
        assertEquals(json, form);
    }

    @Test
    void basicCredentialsWinOverTheBody() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("oa_2:se%3Acret".getBytes(StandardCharsets.UTF_8));
        Map<String, String> p = OAuthParams.read(FORM, "grant_type=client_credentials&client_id=oa_1", basic);
        assertEquals("oa_2", p.get("client_id"));
        assertEquals("se:cret", p.get("client_secret"));
    }

    @Test
    void malformedBodiesAreInvalidRequests() {
        assertInvalid(MediaType.APPLICATION_JSON_TYPE, "{\"client_id\": ");
        assertInvalid(MediaType.APPLICATION_JSON_TYPE, "[1]");
        assertInvalid(MediaType.APPLICATION_JSON_TYPE, "{\"client_id\": 5}");
        assertInvalid(FORM, "client_id=a&client_id=b");
        assertInvalid(FORM, "client_id=%zz");
    }

    private static void assertInvalid(MediaType type, String body) {
        OAuthException e = assertThrows(OAuthException.class, () -> OAuthParams.read(type, body, null));
        assertEquals(400, e.status());
        assertEquals("invalid_request", e.error());
    }
}
