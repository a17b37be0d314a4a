package io.millrace.application.filestore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.filestore.FileChunk;
import io.millrace.domain.filestore.FileStoreRepository;
import io.millrace.domain.filestore.StoredFile;
import io.millrace.infrastructure.filestore.LocalFileDirectory;
import io.millrace.shared.TooLargeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's files with MILLRACE_FILES_DIR set: the bytes go to content files of a real directory (no chunks),
 * a new content replaces the old content file, the limits keep nothing of a refused write, a delete removes the
 * content file. The files' rows are kept by an in-memory repository here (the database's part is the same as
 * without a directory).
 */
class DirectoryStorageTest {
    @TempDir
    Path dir;
    private final Rows rows = new Rows();
    private ProjectFiles files;

    @BeforeEach
    void wire() {
        FileWriter writer = new FileWriter();
        writer.files = rows;
        writer.directory = LocalFileDirectory.at(dir);
        files = new ProjectFiles();
        files.files = rows;
        files.writer = writer;
        files.directory = writer.directory;
        files.maxFileBytes = 300_000;
        files.maxProjectBytes = 500_000;
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

    /** The files' rows in memory (a refused write's row stays here: the real one is rolled back with it). */
    private static final class Rows implements FileStoreRepository {
        private final Map<String, StoredFile> byId = new HashMap<>();
        private final List<FileChunk> chunks = new ArrayList<>();

        @Override
        public Optional<StoredFile> file(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<StoredFile> byPath(String projectId, String path) {
            return byId.values().stream().filter(f -> f.projectId().equals(projectId) && f.path().equals(path)).findFirst();
        }

        @Override
        public List<StoredFile> underPrefix(String projectId, String prefix, int limit) {
            return byId.values().stream().filter(f -> f.projectId().equals(projectId) && f.path().startsWith(prefix))
                    .sorted(Comparator.comparing(StoredFile::path)).limit(limit).toList();
        }

        @Override
        public long totalSize(String projectId) {
            return byId.values().stream().filter(f -> f.projectId().equals(projectId)).mapToLong(StoredFile::size).sum();
        }

        @Override
        public void add(StoredFile file) {
            byId.put(file.id(), file);
        }

        @Override
        public void remove(StoredFile file) {
            byId.remove(file.id());
        }

        @Override
        public void addChunk(FileChunk chunk) {
            chunks.add(chunk);
        }

        @Override
        public void removeChunks(String fileId, int fromPosition) {
            chunks.removeIf(c -> c.fileId().equals(fileId) && c.position() >= fromPosition);
        }

        @Override
        public Optional<FileChunk> chunk(String fileId, int position) {
            return chunks.stream().filter(c -> c.fileId().equals(fileId) && c.position() == position).findFirst();
        }

        @Override
        public List<StoredFile> expired(long now, int limit) {
            return List.of();
        }
    }
}
