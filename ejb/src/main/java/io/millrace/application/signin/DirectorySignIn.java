package io.millrace.application.signin;

import io.millrace.application.identity.CredentialThrottle;
import io.millrace.application.identity.SignInRefusedException;
import io.millrace.application.identity.SignInWriter;
import io.millrace.application.identity.TooManyFailuresException;
import io.millrace.domain.signin.ExternalIdentity;
import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Sign-in with a username and password checked by the LDAP directory, under the credential throttle of
 * the client's address. An unknown user and a wrong password get the same answer.
 */
@ApplicationScoped
public class DirectorySignIn {
    private static final System.Logger LOG = System.getLogger(DirectorySignIn.class.getName());

    @Inject
    Directory directory;
    @Inject
    SignIns signIns;
    @Inject
    SignInWriter writer;
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    CredentialThrottle throttle;

    public boolean enabled() {
        return directory.enabled();
    }

    /**
     * @throws SignInRefusedException            401 for a wrong password or unknown user, 403 without a workspace,
     *                                  503 when the directory cannot be reached
     * @throws TooManyFailuresException when the address failed too often
     */
    public Admitted signIn(String username, String password, String address) {
        String digest = ApiKeys.hash("ldap\n" + username + "\n" + password);
        Duration wait = throttle.waitBefore(address, digest);
        if (!wait.isZero()) {
            throw new TooManyFailuresException(wait);
        }
        Optional<ExternalIdentity> identity;
        try {
            identity = directory.verify(username, password);
        } catch (IllegalStateException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "LDAP sign-in: {0}", e.getMessage());
            throw new SignInRefusedException(503, "the directory cannot be reached; try again later", null);
        }
        if (identity.isEmpty()) {
            workspaces.userByUsername(username).ifPresent(u -> writer.failed(u, username, "wrong password", "ldap"));
            Duration slowed = throttle.failed(address);
            if (!slowed.isZero()) {
                throw new TooManyFailuresException(slowed);
            }
            throw SignInRefusedException.wrongCredentials();
        }
        throttle.succeeded(address, digest);
        return signIns.admit(identity.get());
    }
}
