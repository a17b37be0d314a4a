package io.millrace.domain.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamlPersonTest {
    private static final String IDP = "https://idp.example.com/saml";

    @Test
    void anEmailNameIdGivesTheEmailAndItsLocalPartAsUsername() {
        ExternalIdentity person = SamlPerson.of(IDP, "alice@acme.example.com", Map.of(), "groups");
        assertEquals("saml:" + IDP, person.provider());
        assertEquals("saml", person.method());
        assertEquals("alice@acme.example.com", person.subject());
        assertEquals("alice@acme.example.com", person.email());
        assertEquals("alice", person.username());
        assertEquals(List.of(), person.groups());
    }

    @Test
    void anOpaqueNameIdTakesEmailAndUsernameFromAttributes() {
        ExternalIdentity person = SamlPerson.of(IDP, " 00u1abcd ", Map.of(
                "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", List.of("bob@example.com"),
                "UID", List.of("bobby")), "groups");
        assertEquals("00u1abcd", person.subject());
        assertEquals("bob@example.com", person.email());
        assertEquals("bobby", person.username(), "attribute names match without regard to case");
    }

    @Test
    void aUsernameNameIdIsTheUsernameAndAnAddressLikeUsernameAttributeLosesItsDomain() {
        assertEquals("carol", SamlPerson.of(IDP, "carol", Map.of(), "groups").username());
        assertNull(SamlPerson.of(IDP, "carol", Map.of("email", List.of("not an address")), "groups").email());
        assertEquals("dave", SamlPerson.of(IDP, "x1", Map.of("username", List.of("dave@corp.example.com")), "groups").username());
    }

    @Test
    void groupsComeFromTheConfiguredAttributeWithoutKeycloaksLeadingSlash() {
        ExternalIdentity person = SamlPerson.of(IDP, "erin@example.com", Map.of(
                "memberOf", List.of("/engineers", "operators", " ", "/platform/sre"),
                "groups", List.of("ignored")), "memberof");
        assertEquals(List.of("engineers", "operators", "platform/sre"), person.groups());
        ExternalIdentity entra = SamlPerson.of(IDP, "erin@example.com", Map.of(
                "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups", List.of("3f2a-object-id")),
                "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups");
        assertEquals(List.of("3f2a-object-id"), entra.groups());
    }

    @Test
    void noNameIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SamlPerson.of(IDP, " ", Map.of(), "groups"));
        assertThrows(IllegalArgumentException.class, () -> SamlPerson.of(IDP, null, Map.of(), "groups"));
    }
}
