package io.millrace.application.filestore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.filestore.FileChunk;
import io.millrace.domain.filestore.StoredFile;
import io.millrace.infrastructure.filestore.LocalFileDirectory;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.TooLargeException;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Project file stores over an in-memory repository ({@link MemoryFiles}): chunks, limits, directory listings and expired uploads. */
class ProjectFilesTest {
    private MemoryFiles repository;
    private ProjectFiles files;

    @BeforeEach
    void setUp() {
        repository = new MemoryFiles();
        // no directory configured: the bytes go to the database's chunks
        files = repository.store(new LocalFileDirectory(), 3L * FileChunk.SIZE, 4L * FileChunk.SIZE);
    }

    private StoredFile write(String path, int bytes, Long expiresAt) {
        byte[] content = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            content[i] = (byte) (i % 249);
        }
        return files.write("ws", "proj", path, new ByteArrayInputStream(content), "application/x-test", expiresAt);
    }

    @Test
    void aFileIsStoredInChunksAndReadBackWhole() throws Exception {
        StoredFile f = write("/a/b.bin", 2 * FileChunk.SIZE + 10, null);
        assertEquals("a/b.bin", f.path());
        assertEquals(3, f.chunks());
        byte[] back = files.bytes(f);
        assertEquals(2 * FileChunk.SIZE + 10, back.length);
        assertEquals((byte) ((FileChunk.SIZE + 5) % 249), back[FileChunk.SIZE + 5]);
        StoredFile replaced = write("a/b.bin", 5, null);
        assertEquals(f.id(), replaced.id());
        assertEquals(1, replaced.chunks());
        assertEquals(1, repository.chunks.keySet().stream().filter(k -> k.startsWith(f.id())).count(), "old chunks gone");
        assertArrayEquals(new byte[] {0, 1, 2, 3, 4}, files.bytes(replaced));
    }

    @Test
    void limitsPerFileAndPerProjectRefuseTheWholeFile() {
        assertThrows(TooLargeException.class, () -> write("big", 3 * FileChunk.SIZE + 1, null));
        write("three", 3 * FileChunk.SIZE, null);
        TooLargeException full = assertThrows(TooLargeException.class, () -> write("two", 2 * FileChunk.SIZE, null));
        assertTrue(full.getMessage().contains("project"), full.getMessage());
        write("three", FileChunk.SIZE, null); // replacing frees what the old content used
        write("two", 2 * FileChunk.SIZE, null);
        assertThrows(InvalidInputException.class, () -> write("a/../b", 1, null));
        assertThrows(InvalidInputException.class, () -> write("a//b", 1, null));
    }

    @Test
    void directoriesAreListedOnceWithTheSizeOfWhatIsUnderThem() {
        write("top.txt", 3, null);
        write("docs/x.txt", 4, null);
        write("docs/deep/y.txt", 5, null);
        write("docsother.txt", 1, null);
        List<ProjectFiles.Entry> root = files.dir("proj", null);
        assertEquals(List.of("docs", "docsother.txt", "top.txt"), root.stream().map(ProjectFiles.Entry::path).toList());
        assertTrue(root.get(0).directory());
        assertEquals(9, root.get(0).size());
        List<ProjectFiles.Entry> docs = files.dir("proj", "/docs/");
        assertEquals(List.of("docs/deep", "docs/x.txt"), docs.stream().map(ProjectFiles.Entry::path).toList());
    }

    @Test
    void expiredUploadsArePurgedAndOthersKept() {
        long now = System.currentTimeMillis();
        write("http-uploads/1/old.bin", 10, now - 1);
        write("http-uploads/2/new.bin", 10, now + 60_000);
        write("kept.bin", 10, null);
        assertEquals(1, files.purgeExpired(now, 100));
        assertFalse(files.find("proj", "http-uploads/1/old.bin").isPresent());
        assertTrue(files.find("proj", "http-uploads/2/new.bin").isPresent());
        assertTrue(files.find("proj", "kept.bin").isPresent());
        assertEquals(0, files.purgeExpired(now, 100));
    }
}
