package io.millrace.application.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The sign-in methods this server offers, for a sign-in page: a local password always (owners keep it, see
 * {@code LoginPolicy}), OIDC and SAML where configured (a browser flow that starts at a URL of this server),
 * LDAP where configured ({@code POST /login} with {@code "method": "ldap"}).
 */
@ApplicationScoped
public class SignInMethods {
    @Inject
    OidcSignIn oidc;
    @Inject
    SamlSignIn saml;
    @Inject
    DirectorySignIn directory;

    /** A method, and the path where its browser flow starts (null: the username and password form). */
    public record Offered(String method, String loginUrl) {
    }

    public List<Offered> offered() {
        List<Offered> methods = new ArrayList<>();
        methods.add(new Offered("password", null));
        if (oidc.enabled()) {
            methods.add(new Offered("oidc", "/oidc/login"));
        }
        if (saml.enabled()) {
            methods.add(new Offered("saml", "/saml/login"));
        }
        if (directory.enabled()) {
            methods.add(new Offered("ldap", null));
        }
        return methods;
    }
}
