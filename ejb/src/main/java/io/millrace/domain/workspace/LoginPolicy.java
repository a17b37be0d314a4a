package io.millrace.domain.workspace;

/**
 * Whether a member may sign in with a method under its workspace's {@link LoginMethods}: with
 * {@code any}, every method; with {@code sso_only}, single sign-on only; with {@code sso_with_guests},
 * single sign-on, and a password for members whose email domain is not one of the workspace's SSO
 * domains (guests). The owner may always use a password, its original method, so that a workspace cannot
 * lock itself out when its identity provider fails.
 */
public final class LoginPolicy {
    private LoginPolicy() {
    }

    /**
     * @param email the member's email address, or null (a member without one is no guest)
     */
    public static boolean allows(Workspace workspace, Role role, String email, SignInMethod method) {
        if (method.sso() || role == Role.OWNER) {
            return true;
        }
        return switch (workspace.loginMethods()) {
            case ANY -> true;
            case SSO_ONLY -> false;
            case SSO_WITH_GUESTS -> isGuest(workspace, email);
        };
    }

    private static boolean isGuest(Workspace workspace, String email) {
        String domain = EmailDomains.domainOf(email);
        return domain != null && !workspace.ssoDomains().contains(domain);
    }
}
