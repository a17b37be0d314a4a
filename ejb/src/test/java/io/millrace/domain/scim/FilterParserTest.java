package io.millrace.domain.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FilterParserTest {
    private static final Set<String> PATHS = Set.of("username", "externalid", "emails.value", "emails.type",
            "active", "id", "name.givenname");
    private static final Map<String, List<Object>> ALICE = Map.of(
            "username", List.of("Alice@Example.com"), "externalid", List.of("00u1AB"),
            "emails.value", List.of("alice@example.com"), "emails.type", List.of("work"),
            "active", List.of(true), "id", List.of("u_1"), "name.givenname", List.of("Alice"));
    private static final Function<String, List<Object>> VALUES = p -> ALICE.getOrDefault(p, List.of());

    private static boolean matches(String filter) {
        return FilterParser.parse(filter, PATHS).matches(VALUES);
    }

    @Test
    void userNameEqualityIgnoresCaseAsOktaAndEntraSendIt() {
        assertTrue(matches("userName eq \"alice@example.com\""));
        assertTrue(matches("USERNAME EQ \"ALICE@EXAMPLE.COM\""));
        assertFalse(matches("userName eq \"bob@example.com\""));
        assertEquals(new Filter.Compare("username", "eq", "x"), FilterParser.parse("userName eq \"x\"", PATHS));
    }

    @Test
    void externalIdIsCaseExact() {
        assertTrue(matches("externalId eq \"00u1AB\""));
        assertFalse(matches("externalId eq \"00u1ab\""));
    }

    @Test
    void booleansEmailsAndTheSchemaUrn() {
        assertTrue(matches("active eq true"));
        assertFalse(matches("active eq false"));
        assertTrue(matches("emails.value eq \"ALICE@example.com\""));
        assertTrue(matches("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"alice@example.com\""));
        assertTrue(matches("emails[type eq \"work\" and value co \"alice\"]"));
        assertFalse(matches("emails[type eq \"home\"]"));
    }

    @Test
    void andOrNotAndParenthesesFollowPrecedence() {
        assertTrue(matches("userName eq \"x\" or active eq true and externalId pr"));
        assertFalse(matches("(userName eq \"x\" or active eq true) and externalId eq \"no\""));
        assertTrue(matches("not (userName eq \"x\")"));
        assertTrue(matches("userName sw \"ali\" and userName ew \".com\" and name.givenName co \"lic\""));
        assertTrue(matches("userName ne \"bob\""));
        assertTrue(matches("userName gt \"a\" and userName lt \"b\""));
        assertTrue(matches("userName eq \"a\\\"b\" or id eq \"u_1\""), "escaped quotes in strings");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "userName", "userName eq", "userName eq alice", "userName eq \"open",
            "userName xx \"a\"", "password eq \"x\"", "(userName eq \"a\"", "userName eq \"a\" and",
            "userName eq \"a\" extra", "emails[type eq \"work\"", "not userName eq \"a\"", "\"a\" eq userName",
            "userName eq \"\\q\""})
    void badFiltersAreInvalidFilterProblems(String filter) {
        ScimProblem p = assertThrows(ScimProblem.class, () -> FilterParser.parse(filter, PATHS));
        assertEquals(400, p.status());
        assertEquals("invalidFilter", p.scimType());
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String deep = "(".repeat(500) + "active eq true" + ")".repeat(500);
        ScimProblem p = assertThrows(ScimProblem.class, () -> FilterParser.parse(deep, PATHS));
        assertEquals("invalidFilter", p.scimType());
    }
}
