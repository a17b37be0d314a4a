package io.millrace.domain.invitation;

import java.util.List;
import java.util.Optional;

/** Invitations and invite links. */
public interface InvitationRepository {
    void add(Invitation invitation);

    Optional<Invitation> byTokenHash(String tokenHash);

    Optional<Invitation> invitation(String id);

    /** The workspace's invitations of this kind not expired at {@code now}, newest first. */
    List<Invitation> pendingOf(String workspaceId, Invitation.Kind kind, long now);

    /** Deletes it; false when it was gone already (another request used or revoked it). */
    boolean remove(String id);
}
