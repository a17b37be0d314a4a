package io.millrace.domain.workspace;

import java.util.List;
import java.util.Optional;

/** Who belongs to which workspace, with which role. */
public interface MembershipRepository {
    Optional<Membership> membership(String workspaceId, String userId);

    /** The user's memberships, oldest first. */
    List<Membership> ofUser(String userId);

    /** The workspace's members, oldest first, with their users. */
    List<Member> members(String workspaceId);

    void add(Membership membership);

    void remove(Membership membership);

    /** Users that belong to no workspace yet: those from before memberships existed. */
    List<User> usersWithoutMembership();

    /** A member and the user it is. */
    record Member(Membership membership, User user) {
    }
}
