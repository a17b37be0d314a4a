package io.millrace.infrastructure.filestore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File stores' bytes in a real directory: whole content files, the limit, reading back, deleting, names kept inside. */
class LocalFileDirectoryTest {
    @TempDir
    Path root;

    private LocalFileDirectory directory(Optional<String> dir) {
        LocalFileDirectory d = new LocalFileDirectory();
        d.configured = dir;
        return d;
    }

    @Test
    void writesReadsAndDeletesAContentFile() throws Exception {
        LocalFileDirectory d = directory(Optional.of(root.toString()));
        assertTrue(d.enabled());
        byte[] bytes = new byte[200_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        assertEquals(bytes.length, d.write("p_1/fi_1-cA", new ByteArrayInputStream(bytes), bytes.length));
        try (InputStream in = d.open("p_1/fi_1-cA")) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
        d.deleteAfterCommit("p_1/fi_1-cA");
        assertFalse(Files.exists(root.resolve("p_1/fi_1-cA")));
    }

    @Test
    void contentOverTheLimitIsNotKept() throws Exception {
        LocalFileDirectory d = directory(Optional.of(root.toString()));
        assertEquals(-1, d.write("p_1/fi_2-cB", new ByteArrayInputStream(new byte[70_000]), 69_999));
        assertEquals(70_000, d.write("p_1/fi_2-cC", new ByteArrayInputStream(new byte[70_000]), 70_000));
        try (Stream<Path> left = Files.list(root.resolve("p_1"))) {
            assertEquals(java.util.List.of("fi_2-cC"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void withoutADirectoryTheDatabaseKeepsTheBytesAndNamesStayInside() {
        assertFalse(directory(Optional.empty()).enabled());
        assertFalse(directory(Optional.of("  ")).enabled());
        assertFalse(directory(Optional.of("${millrace.files.dir}")).enabled());
        LocalFileDirectory d = directory(Optional.of(root.toString()));
        assertThrows(IllegalArgumentException.class, () -> d.open("../outside"));
    }
}
