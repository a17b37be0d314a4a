package io.millrace.domain.filestore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A file of a project's file store: its path (unique in the project), size, content type and how many
 * {@link FileChunk}s hold its bytes, or, with a configured file directory, which content file there does
 * ({@code location}). A file whose bytes are being replaced keeps its id; {@code expiresAt}
 * (null for files kept until deleted) is set on the uploads of HTTP requests.
 */
@Entity
@Table(name = "MR_STORED_FILE", uniqueConstraints = @UniqueConstraint(columnNames = {"PROJECTID", "PATH"}),
        indexes = @Index(name = "MR_STORED_FILE_EXP", columnList = "expiresAt"))
public class StoredFile {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    @Column(nullable = false, length = 32)
    private String projectId;
    @Column(nullable = false, length = FilePaths.MAX_LENGTH)
    private String path;
    @Column(length = 255)
    private String contentType;
    private long size;
    private int chunks;
    private long createdAt;
    private long updatedAt;
    private Long expiresAt;
    /** The content file in the configured file directory that holds its bytes; null: chunks in the database. */
    @Column(length = 120)
    private String location;

    protected StoredFile() {
    }

    public StoredFile(String id, String workspaceId, String projectId, String path, long now) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.projectId = projectId;
        this.path = path;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Its content is now {@code chunkCount} chunks of {@code bytes} bytes in all. */
    public void contentWritten(long bytes, int chunkCount, String type, long now) {
        this.size = bytes;
        this.chunks = chunkCount;
        this.location = null;
        this.contentType = type;
        this.updatedAt = now;
    }

    /** Its content is now the content file {@code contentFile} of the file directory, {@code bytes} long. */
    public void contentStored(long bytes, String contentFile, String type, long now) {
        this.size = bytes;
        this.chunks = 0;
        this.location = contentFile;
        this.contentType = type;
        this.updatedAt = now;
    }

    public void expireAt(Long at) {
        this.expiresAt = at;
    }

    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public String projectId() { return projectId; }
    public String path() { return path; }
    public String contentType() { return contentType; }
    public long size() { return size; }
    public int chunks() { return chunks; }
    public long createdAt() { return createdAt; }
    public long updatedAt() { return updatedAt; }
    public Long expiresAt() { return expiresAt; }
    public String location() { return location; }
}
