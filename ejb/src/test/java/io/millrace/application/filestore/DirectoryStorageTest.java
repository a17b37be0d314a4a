package io.millrace.application.filestore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.filestore.StoredFile;
import io.millrace.infrastructure.filestore.LocalFileDirectory;
import io.millrace.shared.TooLargeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's files with MILLRACE_FILES_DIR set: the bytes go to content files of a real directory (no chunks),
 * a new content replaces the old content file, the limits keep nothing of a refused write, a delete removes the
 * content file. The files' rows are kept by {@link MemoryFiles} here (the database's part is the same as
 * without a directory).
 */
class DirectoryStorageTest {
    @TempDir
    Path dir;
    private ProjectFiles files;

    @BeforeEach
    void wire() {
        files = new MemoryFiles().store(LocalFileDirectory.at(dir), 300_000, 500_000);
    }

    @Test
    void contentGoesToTheDirectoryAndIsReplacedAndDeletedThere() throws Exception {
        byte[] first = bytes(280_000, 7);
        StoredFile file = files.write("o_1", "p_1", "reports/a.bin", new ByteArrayInputStream(first), "application/octet-stream");
        assertEquals(280_000, file.size());
        assertEquals(0, file.chunks(), "no chunks in the database");
        assertNotNull(file.location());
        assertEquals(List.of(file.location()), contentFiles());
        assertArrayEquals(first, read(file));

        String old = file.location();
        byte[] second = "second".getBytes();
        StoredFile replaced = files.write("o_1", "p_1", "reports/a.bin", new ByteArrayInputStream(second), "text/plain");
        assertEquals(file.id(), replaced.id());
        assertNotEquals(old, replaced.location());
        assertEquals(List.of(replaced.location()), contentFiles(), "the old content file is gone");
        assertArrayEquals(second, read(replaced));

        assertTrue(files.delete("p_1", "reports/a.bin"));
        assertEquals(List.of(), contentFiles());
    }

    @Test
    void writesOverTheFileOrProjectLimitKeepNothing() throws Exception {
        TooLargeException tooBig = assertThrows(TooLargeException.class,
                () -> files.write("o_1", "p_1", "big.bin", new ByteArrayInputStream(bytes(300_001, 1)), null));
        assertTrue(tooBig.getMessage().contains("300000"), tooBig.getMessage());
        assertEquals(List.of(), contentFiles());

        files.write("o_1", "p_1", "one.bin", new ByteArrayInputStream(bytes(250_000, 2)), null);
        TooLargeException full = assertThrows(TooLargeException.class,
                () -> files.write("o_1", "p_1", "two.bin", new ByteArrayInputStream(bytes(250_001, 3)), null));
        assertTrue(full.getMessage().contains("project"), full.getMessage());
        assertEquals(1, contentFiles().size());
    }

    private byte[] read(StoredFile file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.copy(file, out);
        return out.toByteArray();
    }

    private List<String> contentFiles() throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted(Comparator.naturalOrder()).toList();
        }
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * seed);
        }
        return b;
    }
}
