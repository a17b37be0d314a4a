package io.millrace.shared;

/**
 * The caller may see the resource but not do this to it (403): a member asking for what only a
 * workspace's admins may do. Never for another workspace's resources, which are "not found".
 */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
