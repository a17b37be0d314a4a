package io.millrace.domain.workspace;

import java.util.Locale;
import java.util.Optional;

/**
 * A workspace's login-method policy (the seed's SSO settings): any method, SSO only, or SSO with guests
 * (members whose email domain is not one of the workspace's {@code sso_domains} may use a password).
 */
public enum LoginMethods {
    ANY, SSO_ONLY, SSO_WITH_GUESTS;

    /** The name in JSON: {@code any}, {@code sso_only}, {@code sso_with_guests}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LoginMethods> parse(String text) {
        for (LoginMethods m : values()) {
            if (m.json().equals(text)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
