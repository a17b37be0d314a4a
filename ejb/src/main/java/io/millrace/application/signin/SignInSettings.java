package io.millrace.application.signin;

import io.millrace.application.identity.SignInRefusedException;
import io.millrace.domain.signin.GroupMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The group mapping shared by LDAP and OIDC sign-in: {@code MILLRACE_SSO_GROUPS} and
 * {@code MILLRACE_SSO_DEFAULT_WORKSPACE}. A malformed mapping refuses every sign-in with a message naming
 * the variable (and the server log says it at the first attempt), rather than letting people in wrongly.
 */
@ApplicationScoped
public class SignInSettings {
    @Inject
    @ConfigProperty(name = "millrace.sso.groups")
    java.util.Optional<String> groupsSetting;
    @Inject
    @ConfigProperty(name = "millrace.sso.default.workspace")
    java.util.Optional<String> defaultWorkspaceSetting;

    private volatile GroupMapping mapping;

    public GroupMapping mapping() {
        GroupMapping parsed = mapping;
        if (parsed == null) {
            try {
                parsed = GroupMapping.parse(groups(), defaultWorkspace());
            } catch (IllegalArgumentException e) {
                System.getLogger(SignInSettings.class.getName()).log(System.Logger.Level.ERROR, e.getMessage());
                throw new SignInRefusedException(503, "sign-in is not configured correctly: " + e.getMessage(), null);
            }
            mapping = parsed;
        }
        return parsed;
    }

    private String groups() {
        return groupsSetting.orElse("");
    }

    private String defaultWorkspace() {
        return defaultWorkspaceSetting.orElse("");
    }
}
