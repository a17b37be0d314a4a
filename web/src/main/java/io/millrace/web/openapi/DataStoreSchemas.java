package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Data stores of a project and their records. */
public final class DataStoreSchemas {
    private DataStoreSchemas() {
    }

    @Schema(name = "DataStore")
    public static class DataStore {
        @Schema(example = "ds_Ab3dE9xQ")
        public String id;
        public String name;
        public String project_id;
        public String org_id;
        @Schema(description = "epoch seconds")
        public long created_at;
        @Schema(description = "epoch seconds")
        public long updated_at;
    }

    @Schema(name = "DataStoreData")
    public static class DataStoreData {
        public DataStore data;
    }

    @Schema(name = "DataStoreList")
    public static class DataStoreList {
        public CommonSchemas.PageInfo page_info;
        public List<DataStore> data;
    }

    @Schema(name = "DataStoreName", description = "Creates or renames a store; the other fields of a DataStore"
            + " may be sent back and are ignored")
    public static class DataStoreName {
        @Schema(required = true, minLength = 1, maxLength = 255, description = "unique in the project, not blank")
        public String name;
    }

    @Schema(name = "Record", description = "A live record of a data store")
    public static class Record {
        @Schema(example = "ratelimit:42")
        public String key;
        @Schema(description = "any JSON value, null included")
        public AnyJson value;
        @Schema(nullable = true, format = "date-time", description = "ISO-8601 with milliseconds; null: never expires")
        public String expires_at;
        @Schema(description = "epoch seconds")
        public long created_at;
        @Schema(description = "epoch seconds")
        public long updated_at;
    }

    @Schema(name = "RecordData")
    public static class RecordData {
        public Record data;
    }

    @Schema(name = "RecordList", description = "Records in key order; the cursors are keys")
    public static class RecordList {
        public CommonSchemas.PageInfo page_info;
        public List<Record> data;
    }

    @Schema(name = "RecordWrite", description = "Sets a record (created or replaced). key, expires_at, created_at"
            + " and updated_at of a Record may be sent back and are ignored (key must then be the record's)")
    public static class RecordWrite {
        @Schema(required = true, description = "any JSON value, null included; at most 512 KB as JSON text")
        public AnyJson value;
        @Schema(nullable = true, minimum = "1", maximum = "2147483647",
                description = "seconds until it expires; absent or null: never")
        public Long ttl;
    }

    @Schema(name = "BatchRecord")
    public static class BatchRecord {
        @Schema(required = true, minLength = 1, maxLength = 512)
        public String key;
        @Schema(required = true, description = "any JSON value, null included; at most 512 KB as JSON text")
        public AnyJson value;
        @Schema(nullable = true, minimum = "1", maximum = "2147483647",
                description = "seconds until it expires; absent or null: never")
        public Long ttl;
    }

    @Schema(name = "RecordBatch", description = "Sets 1 to 1,000 records in one transaction; for a repeated key the"
            + " last one wins")
    public static class RecordBatch {
        @Schema(required = true, minItems = 1, maxItems = 1000)
        public List<BatchRecord> records;
    }

    @Schema(name = "RecordCount")
    public static class RecordCount {
        @Schema(description = "records set")
        public int count;
    }

    @Schema(name = "RecordCountData")
    public static class RecordCountData {
        public RecordCount data;
    }

    @Schema(name = "TtlChange", description = "Changes only the expiry of a live record")
    public static class TtlChange {
        @Schema(required = true, nullable = true, minimum = "1", maximum = "2147483647",
                description = "seconds from now, or null for no expiry")
        public Long ttl;
    }
}
