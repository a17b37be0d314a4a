package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's file store. */
public final class FileStoreSchemas {
    private FileStoreSchemas() {
    }

    @Schema(name = "StoredFile")
    public static class StoredFile {
        @Schema(example = "reports/today.csv", description = "the path in the project's file store")
        public String path;
        @Schema(enumeration = {"file", "directory"})
        public String type;
        @Schema(description = "bytes (of a directory: of the files under it)")
        public long size;
        @Schema(description = "the content type given at upload, or null")
        public String content_type;
        @Schema(description = "epoch seconds of the last change")
        public long modified_at;
        @Schema(description = "a signed GET URL that works for 30 minutes (files only, in GET …/files/metadata)")
        public String url;
    }

    @Schema(name = "StoredFileData")
    public static class StoredFileData {
        public StoredFile data;
    }

    @Schema(name = "StoredFileList")
    public static class StoredFileList {
        public List<StoredFile> data;
    }
}
