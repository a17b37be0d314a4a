package io.millrace.application.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.scim.ScimNames;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScimUserPatchTest {
    private static final ScimUserState ADA = new ScimUserState("ada", "ada@example.com", false,
            new ScimNames("00u1", "Ada", "Lovelace", null));

    private static JsonObject json(String text) {
        return Jsonp.provider().createReader(new StringReader(text)).readObject();
    }

    @Test
    void pathFormsAsEntraIdSendsThem() {
        ScimUserState s = ScimUserPatch.apply(ADA, json("{\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"True\"},"
                + "{\"op\":\"replace\",\"path\":\"name.familyName\",\"value\":\"King\"},"
                + "{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"ada.king@example.com\"},"
                + "{\"op\":\"add\",\"path\":\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department\",\"value\":\"R&D\"}]}"));
        assertTrue(s.active());
        assertEquals("King", s.names().familyName());
        assertEquals("Ada", s.names().givenName());
        assertEquals("ada.king@example.com", s.email());
    }

    @Test
    void valueFormAsOktaSendsIt() {
        ScimUserState s = ScimUserPatch.apply(ADA.withActive(true), json("{\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}"));
        assertFalse(s.active());
        assertEquals(ADA.names(), s.names());
    }
}
