package io.millrace.application.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The RelayState a SAML sign-in returns to is a local path of this server, never another site. */
class SamlReturnPathTest {
    @Test
    void localPathsAreKept() {
        assertEquals("/", SamlSignIn.localPath("/"));
        assertEquals("/workflows/p_1?tab=runs#top", SamlSignIn.localPath("/workflows/p_1?tab=runs#top"));
    }

    @Test
    void anythingThatCouldLeaveTheServerIsTheRoot() {
        for (String path : new String[] {null, "", "workflows", "//evil.example.com/x", "/\\evil.example.com",
                "https://evil.example.com/", "/ok\r\nSet-Cookie: x=y", "/a b", "/" + "x".repeat(600)}) {
            assertEquals("/", SamlSignIn.localPath(path), String.valueOf(path));
        }
    }
}
