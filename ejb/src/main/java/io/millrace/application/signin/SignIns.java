package io.millrace.application.signin;

import io.millrace.application.identity.SignInRefusedException;
import io.millrace.application.identity.SignInWriter;
import io.millrace.domain.signin.ExternalIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What LDAP and OIDC sign-in share once the person is verified: provisioning and the refusal of nobodies. */
@ApplicationScoped
public class SignIns {
    @Inject
    Provisioning provisioning;
    @Inject
    SignInSettings settings;
    @Inject
    SignInWriter writer;

    /**
     * @throws SignInRefusedException (403) when the person's groups give no workspace and there is no
     *                                default workspace (memberships it lost are removed all the same)
     */
    public Admitted admit(ExternalIdentity identity) {
        Admitted admitted = provisioning.provision(identity, settings.mapping());
        if (admitted.memberships().isEmpty()) {
            if (admitted.user() != null) {
                writer.failed(admitted.user(), identity.username(), "no_mapped_group", identity.method());
            }
            throw new SignInRefusedException(403, "you are not in a group that gives access to a workspace of this"
                    + " server; ask your administrator to add you to one", null);
        }
        return admitted;
    }
}
