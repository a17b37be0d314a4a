package io.millrace.runtime.graal.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Confines a step's paths to {@code /tmp}, which is the execution's own directory on the host. A guest
 * path is resolved against {@code /tmp} when relative, normalised, and must then be {@code /tmp} or
 * under it; the host path it maps to must not lead outside the directory through a symbolic link either
 * (checked with {@code toRealPath} on the nearest existing ancestor). Anything else fails with
 * {@code EACCES}, as Node reports it.
 */
final class FileJail {

    static final String GUEST_ROOT = "/tmp";

    private final Path root;

    /** Jails paths in {@code root}, a real path (no symbolic link in it). */
    FileJail(Path root) {
        this.root = root;
    }

    /** The host directory that is {@code /tmp}. */
    Path root() {
        return root;
    }

    /**
     * The host path of a guest path, refusing (EACCES) one outside /tmp or one that leads outside the
     * execution's directory through a symbolic link: in its last element too when {@code followLast}.
     */
    Path map(String guest, String syscall, boolean followLast) throws FsError {
        if (guest.indexOf('\0') >= 0) {
            throw FsError.of("EINVAL", syscall, guest.replace('\0', '?'));
        }
        String absolute = guest.startsWith("/") ? guest : GUEST_ROOT + "/" + guest;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : absolute.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        if (parts.isEmpty() || !parts.pollFirst().equals("tmp")) {
            throw FsError.of("EACCES", syscall, guest);
        }
        Path path = root;
        for (String part : parts) {
            path = path.resolve(part);
        }
        if (!path.normalize().startsWith(root)) {
            throw FsError.of("EACCES", syscall, guest);
        }
        Path check = followLast || path.equals(root) ? path : path.getParent();
        while (check != null && !Files.exists(check, LinkOption.NOFOLLOW_LINKS)) {
            check = check.getParent();
        }
        try {
            if (check == null || !check.toRealPath().startsWith(root)) {
                throw FsError.of("EACCES", syscall, guest);
            }
        } catch (IOException e) {
            throw FsError.of("EACCES", syscall, guest); // e.g. a dangling symbolic link
        }
        return path;
    }

    /** The guest path of a host path inside the jail. */
    String guestPath(Path host) {
        String relative = root.relativize(host).toString().replace('\\', '/');
        return relative.isEmpty() ? GUEST_ROOT : GUEST_ROOT + "/" + relative;
    }
}
