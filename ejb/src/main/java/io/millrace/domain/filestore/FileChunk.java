package io.millrace.domain.filestore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * Up to {@link #SIZE} bytes of a {@link StoredFile}, at {@code position} (0, 1, …). A BLOB on Derby and a
 * BYTEA on PostgreSQL; reading a file reads one chunk at a time, so no file is ever held whole in memory.
 */
@Entity
@Table(name = "MR_FILE_CHUNK", indexes = @Index(name = "MR_FILE_CHUNK_FILE", columnList = "fileId,position"))
public class FileChunk {
    /** Bytes per chunk: 256 KiB. */
    public static final int SIZE = 256 * 1024;

    @Id
    @Column(length = 48)
    private String id;
    @Column(nullable = false, length = 32)
    private String fileId;
    private int position;
    @Lob
    @Column(nullable = false, length = SIZE)
    private byte[] data;

    protected FileChunk() {
    }

    public FileChunk(String fileId, int position, byte[] data) {
        this.id = idOf(fileId, position);
        this.fileId = fileId;
        this.position = position;
        this.data = data;
    }

    public static String idOf(String fileId, int position) {
        return fileId + "-" + position;
    }

    public String fileId() { return fileId; }
    public int position() { return position; }
    public byte[] data() { return data; }
}
