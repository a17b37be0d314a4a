package io.millrace.application.scim;

import io.millrace.application.identity.ActingMember;
import io.millrace.application.identity.CredentialThrottle;
import io.millrace.application.identity.TooManyFailuresException;
import io.millrace.domain.scim.ScimRepository;
import io.millrace.domain.scim.ScimToken;
import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.MembershipRules;
import io.millrace.shared.BodyFields;
import io.millrace.shared.Ids;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A workspace's SCIM tokens: its admins and owner create (the secret is shown once, only its SHA-256 is
 * kept), list and revoke them; {@link #authenticate} finds the workspace of a token, under the same
 * per-address throttle as API keys.
 */
@ApplicationScoped
public class ScimTokens {
    /** The most tokens one workspace may have. */
    public static final int PER_WORKSPACE_MAX = 20;

    @Inject
    ScimRepository repository;
    @Inject
    ScimTokenWriter writer;
    @Inject
    CredentialThrottle throttle;

    /** {@code {"name": "…"}}: a new token of the caller's workspace. */
    public IssuedScimToken create(ActingMember caller, JsonValue body) {
        MembershipRules.checkManages(caller.role());
        JsonObject o = BodyFields.bodyOrEmpty(body, Set.of("name"));
        String name = BodyFields.string(o, "name", true, ScimToken.NAME_MAX);
        if (name.isBlank()) {
            throw new InvalidInputException("name", "name must not be blank");
        }
        String workspaceId = caller.user().workspaceId();
        if (repository.tokensOf(workspaceId).size() >= PER_WORKSPACE_MAX) {
            throw new InvalidInputException("name", "a workspace has at most " + PER_WORKSPACE_MAX
                    + " SCIM tokens: revoke one first");
        }
        String secret = Ids.secret("scim_");
        ScimToken token = new ScimToken(Ids.random("scimt_"), workspaceId, name.strip(), ApiKeys.hash(secret),
                ApiKeys.hint(secret), System.currentTimeMillis());
        writer.add(token);
        return new IssuedScimToken(token, secret);
    }

    public List<ScimToken> list(ActingMember caller) {
        MembershipRules.checkManages(caller.role());
        return repository.tokensOf(caller.user().workspaceId());
    }

    public void revoke(ActingMember caller, String tokenId) {
        MembershipRules.checkManages(caller.role());
        if (tokenId == null || tokenId.length() > 32 || !writer.revoke(caller.user().workspaceId(), tokenId)) {
            throw new NotFoundException("SCIM token " + Quoted.value(tokenId) + " not found");
        }
    }

    /**
     * The workspace a bearer token provisions; empty when it is no (longer a) SCIM token.
     *
     * @throws TooManyFailuresException when the address failed too often
     */
    public Optional<ScimClient> authenticate(String secret, String address) {
        if (secret == null || secret.isEmpty() || secret.length() > 200) {
            return Optional.empty();
        }
        String digest = ApiKeys.hash(secret);
        Duration wait = throttle.waitBefore(address, digest);
        if (!wait.isZero()) {
            throw new TooManyFailuresException(wait);
        }
        Optional<ScimClient> found = repository.tokenByHash(digest)
                .map(t -> new ScimClient(t.workspaceId(), t.id(), t.name()));
        if (found.isPresent()) {
            throttle.succeeded(address, digest);
            return found;
        }
        Duration slowed = throttle.failed(address);
        if (!slowed.isZero()) {
            throw new TooManyFailuresException(slowed);
        }
        return found;
    }
}
