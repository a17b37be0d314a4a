package io.millrace.domain.scim;

import java.util.List;
import java.util.Optional;

/** SCIM tokens and links. */
public interface ScimRepository {
    /** The token with this SHA-256: one lookup by a unique column. */
    Optional<ScimToken> tokenByHash(String tokenHash);

    Optional<ScimToken> token(String workspaceId, String id);

    /** The workspace's tokens, oldest first. */
    List<ScimToken> tokensOf(String workspaceId);

    void add(ScimToken token);

    void remove(ScimToken token);

    Optional<ScimLink> link(String workspaceId, String userId);

    /** The workspace's links. */
    List<ScimLink> linksOf(String workspaceId);

    void add(ScimLink link);

    void remove(ScimLink link);
}
