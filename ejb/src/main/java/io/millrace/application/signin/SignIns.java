package io.millrace.application.signin;

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
    SignInFailures failures;

    /**
     * @throws SignInRefused (403) when the person's groups give no workspace and there is no default workspace
     */
    public SignedIn admit(ExternalIdentity identity) {
        SignedIn signedIn = provisioning.provision(identity, settings.mapping());
        if (signedIn.memberships().isEmpty()) {
            if (signedIn.user() != null) {
                failures.record(signedIn.user(), identity.method(), "no_mapped_group");
            }
            throw new SignInRefused(403, "you are not in a group that gives access to a workspace of this server;"
                    + " ask your administrator to add you to one", null);
        }
        return signedIn;
    }
}
