package io.millrace.infrastructure.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerPasswordTest {

    @Test
    void theFirstCallerGeneratesAnOwnerOnlyFileAndEveryCallerReadsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/broker.password");
        String first = BrokerPassword.readOrCreate(file);
        assertTrue(first.length() >= 40, first);
        assertEquals(first, BrokerPassword.readOrCreate(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertNotEquals(first, BrokerPassword.readOrCreate(dir.resolve("other")), "each file its own password");
    }

    @Test
    void concurrentCallersAgree(@TempDir Path dir) {
        Path file = dir.resolve("broker.password");
        Set<String> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 16).parallel().forEach(i -> seen.add(BrokerPassword.readOrCreate(file)));
        assertEquals(1, seen.size());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theCodecDecodesAnyMaskToTheFilesPassword(@TempDir Path dir) {
        Path file = dir.resolve("broker.password");
        DataFilePasswordCodec codec = new DataFilePasswordCodec();
        codec.init(Map.of("file", file.toString()));
        String decoded = codec.decode("generated");
        assertEquals(BrokerPassword.readOrCreate(file), decoded);
        assertThrows(IllegalArgumentException.class, () -> new DataFilePasswordCodec().init(Map.of()));
    }
}
