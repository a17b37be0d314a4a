package io.millrace.domain.workspace;

import java.util.Locale;

/** How a person signs in: a local password, or one of the single sign-on methods. */
public enum SignInMethod {
    PASSWORD, LDAP, OIDC, SAML;

    /** Whether this is single sign-on (through the company's directory or identity provider). */
    public boolean sso() {
        return this != PASSWORD;
    }

    /** The name in the audit log and in JSON: {@code password}, {@code ldap}, {@code oidc}, {@code saml}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
