package io.millrace.infrastructure.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A password kept in a file: the first caller generates it (32 random bytes, base64url) and creates the
 * file readable by its owner only; every caller, in any class loader, then reads the same value.
 */
public final class BrokerPassword {
    private static final SecureRandom RANDOM = new SecureRandom();

    private BrokerPassword() {
    }

    /** The password in {@code file}, generated there first when the file does not exist. */
    public static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String password = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (password.isEmpty()) {
                throw new IllegalStateException("the broker password file " + file + " is empty");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the broker password file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Path temp = Files.createTempFile(file.getParent() == null ? Path.of(".") : file.getParent(), ".broker", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions apply
            }
            Files.writeString(temp, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.createLink(file, temp); // atomic, and fails when another caller created the file first
            } catch (UnsupportedOperationException | IOException noLink) {
                if (noLink instanceof FileAlreadyExistsException) {
                    return;
                }
                try {
                    Files.move(temp, file); // no hard links: fails too when the file exists
                } catch (FileAlreadyExistsException lost) {
                    return;
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
