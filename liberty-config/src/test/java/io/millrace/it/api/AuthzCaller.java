package io.millrace.it.api;

/**
 * The kinds of caller of the authorization matrix, each sending one request to every operation. W is the
 * workspace whose objects the requests address.
 */
enum AuthzCaller {
    /** No credential at all. */
    ANONYMOUS,
    /** A Bearer key that belongs to no one (sent from a loopback address of its own: see {@link AuthzSender}). */
    BAD_KEY,
    /** The owner of another workspace W2, whose own objects are there. */
    OTHER_OWNER,
    /** A server administrator ({@code User.admin}) who is not a member of W. */
    SERVER_ADMIN,
    /** A member of W without access to W's restricted project (a plain member until projects exist). */
    RESTRICTED,
    MEMBER,
    ADMIN,
    OWNER,
    /** An OAuth access token of a client of W: acts as a member of W, not as a person. */
    OAUTH;

    /** Whether the caller sends a credential that authenticates. */
    boolean authenticated() {
        return this != ANONYMOUS && this != BAD_KEY;
    }

    /** Whether the caller is a member of W (an OAuth token of W acts as one). */
    boolean memberOfW() {
        return this == RESTRICTED || this == MEMBER || this == ADMIN || this == OWNER || this == OAUTH;
    }

    /** Whether the caller is an admin or the owner of W. */
    boolean managesW() {
        return this == ADMIN || this == OWNER;
    }
}
