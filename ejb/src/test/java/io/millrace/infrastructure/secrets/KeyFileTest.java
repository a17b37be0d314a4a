package io.millrace.infrastructure.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.infrastructure.config.DataDirectory;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {
    @TempDir
    Path dir;

    @Test
    void theKeyFileIsCreatedOnceOwnerOnlyAndThenReused() throws Exception {
        Path file = dir.resolve("data/secrets.key");
        byte[] first = KeyFile.loadOrCreate(file);
        assertEquals(32, first.length);
        assertArrayEquals(first, KeyFile.loadOrCreate(file));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void aBrokenKeyFileOrConfiguredKeyIsRejected() throws Exception {
        Path file = dir.resolve("secrets.key");
        Files.writeString(file, Base64.getEncoder().encodeToString(new byte[16]));
        assertTrue(assertThrows(IllegalStateException.class, () -> KeyFile.loadOrCreate(file)).getMessage()
                .contains("32 bytes"));
        assertThrows(IllegalStateException.class, () -> KeyFile.decode("%%%", "millrace.secrets.key"));
    }

    @Test
    void theBoxUsesTheConfiguredKeyOrElseTheKeyFileInTheDataDirectory() {
        byte[] key = AesGcmTest.key();
        AesGcmSecretBox configured = box(Optional.of(Base64.getEncoder().encodeToString(key)));
        String sealed = configured.seal("hello", "ev_1");
        assertEquals("hello", new AesGcm(key).open(sealed, "ev_1"));
        assertTrue(Files.notExists(dir.resolve(AesGcmSecretBox.KEY_FILE)), "no key file with a configured key");

        AesGcmSecretBox fromFile = box(Optional.empty());
        String other = fromFile.seal("world", "ev_2");
        assertEquals("world", box(Optional.of("${millrace.secrets.key}")).open(other, "ev_2"));
        assertTrue(Files.exists(dir.resolve(AesGcmSecretBox.KEY_FILE)));
        assertThrows(IllegalStateException.class, () -> configured.open(other, "ev_2"));
    }

    private AesGcmSecretBox box(Optional<String> configuredKey) {
        AesGcmSecretBox box = new AesGcmSecretBox();
        box.configuredKey = configuredKey;
        box.dataDirectory = new DataDirectory() {
            @Override
            public Path path() {
                return dir;
            }
        };
        return box;
    }
}
