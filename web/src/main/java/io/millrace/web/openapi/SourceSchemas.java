package io.millrace.web.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Event sources, their runs and the events they emit. */
public final class SourceSchemas {
    /** The summary of the two SSE operations ({@code /v1/sources/{id}/sse} and the seed's {@code /sources/{id}/sse}). */
    public static final String SSE_SUMMARY = "Server-Sent Events: the source's last 100 events (or those after"
            + " Last-Event-ID), then each new one live";
    public static final String SSE_DESCRIPTION = "a text/event-stream that stays open";
    /** What a client reads from the stream; OpenAPI 3.0 cannot describe the messages themselves. */
    public static final String SSE_FORMAT = "Server-Sent Events. Each message has id: the event id, event: the channel"
            + " (none for the default channel) and data: the SourceEvent as JSON (in full); a :keepalive comment"
            + " comes every 15 seconds";

    private SourceSchemas() {
    }

    @Schema(name = "Source")
    public static class Source {
        @Schema(example = "dc_abc123Xy")
        public String id;
        @Schema(description = "who created it: a user id, or the OAuth client id of a token")
        public String user_id;
        public String component_id;
        @Schema(description = "the props' values; a timer as {\"cron\", \"interval_seconds\"} (and \"timezone\" when"
                + " given), an $.interface.http prop as {\"endpoint_url\"}")
        public Map<String, Object> configured_props;
        public boolean active;
        @Schema(description = "epoch seconds")
        public long created_at;
        @Schema(description = "epoch seconds")
        public long updated_at;
        public String name;
        @Schema(description = "unique in the workspace")
        public String name_slug;
        @Schema(description = "the project it belongs to (Millrace's addition)", example = "proj_yHXqOZcd")
        public String project_id;
        @Schema(description = "who owns it (as user_id; Pipedream's SDK reads owner_id)")
        public String owner_id;
        @Schema(description = "its component's props, as the component shows them")
        public List<Map<String, Object>> configurable_props;
        @Schema(description = "DeployedComponent")
        public String type;
    }

    @Schema(name = "SourceData")
    public static class SourceData {
        public Source data;
    }

    @Schema(name = "SourceList")
    public static class SourceList {
        public CommonSchemas.PageInfo page_info;
        public List<Source> data;
    }

    @Schema(name = "NewSource", description = "The component by component_id, component_code, component_url or"
            + " registry key (taken in that order when several are given)")
    public static class NewSource {
        @Schema(example = "sc_JDi8EB4q")
        public String component_id;
        public String component_code;
        public String component_url;
        @Schema(description = "a registry key", example = "rss-new-item-in-feed")
        public String key;
        @Schema(nullable = true, maxLength = 255, description = "default: the slug of the component's name (else key)")
        public String name;
        @Schema(nullable = true, description = "values of the component's props; a timer as {\"intervalSeconds\": n}"
                + " or {\"cron\": \"…\", \"timezone\"?: \"…\"}")
        public Map<String, Object> configured_props;
        @Schema(nullable = true, description = "a project of the workspace the caller can see; default: the"
                + " workspace's default project", example = "proj_yHXqOZcd")
        public String project_id;
    }

    @Schema(name = "SourceChange", description = "Every field is optional; configured_props merge into the current"
            + " ones (null removes a prop's value); a new component runs deactivate and activate")
    public static class SourceChange {
        public String component_id;
        public String component_code;
        public String component_url;
        @Schema(description = "a registry key")
        public String key;
        @Schema(nullable = true, maxLength = 255)
        public String name;
        @Schema(nullable = true)
        public Map<String, Object> configured_props;
        @Schema(nullable = true, description = "false runs deactivate, true runs activate")
        public Boolean active;
    }

    @Schema(name = "SourceRun", description = "A hook, timer tick or HTTP request run of a source")
    public static class SourceRun {
        public String id;
        @Schema(enumeration = {"deploy", "activate", "deactivate", "run"})
        public String phase;
        @Schema(description = "what started it, e.g. hook, timer or http")
        public String cause;
        @Schema(enumeration = {"queued", "running", "success", "error", "timeout", "cancelled"})
        public String status;
        @Schema(description = "the event passed to run(event), or null")
        public AnyJson event;
        public List<RunLog> logs;
        @Schema(nullable = true, description = "{\"code\", \"name\", \"message\", \"stack\", \"ts\"}")
        public Map<String, Object> error;
        @Schema(description = "events emitted")
        public int emitted;
        @Schema(description = "emitted events dropped by dedupe")
        public int deduped;
        @Schema(format = "date-time")
        public String created_at;
        @Schema(nullable = true, format = "date-time")
        public String started_at;
        @Schema(nullable = true, format = "date-time")
        public String finished_at;
        @Schema(nullable = true)
        public Long duration_ms;
    }

    @Schema(name = "RunLog")
    public static class RunLog {
        @Schema(example = "log")
        public String level;
        @Schema(format = "date-time")
        public String ts;
        public String message;
    }

    @Schema(name = "SourceRunList")
    public static class SourceRunList {
        public CommonSchemas.PageInfo page_info;
        public List<SourceRun> data;
    }

    @Schema(name = "SourceEvent", description = "An event a source emitted (or of its $errors or $logs channel)")
    public static class SourceEvent {
        @Schema(example = "1589486981597-0", description = "<epoch ms>-<sequence>, ordered by time")
        public String id;
        public long indexed_at_ms;
        @Schema(description = "what the source emitted (any JSON); without expand=event an event over 1 KB is"
                + " replaced by a string: the start of its JSON followed by"
                + " ...[truncated; pass expand=event for the full event]")
        public AnyJson event;
        public SourceEventMetadata metadata;
        @Schema(description = "a source's events only: the event as in event when that is an object, else"
                + " {\"value\": event} (Pipedream's SDK reads e, k, ts and sum)")
        public Map<String, Object> e;
        @Schema(description = "a source's events only: emit")
        public String k;
        @Schema(description = "a source's events only: the emit time in epoch ms")
        public Long ts;
        @Schema(nullable = true, description = "a source's events only: the summary")
        public String sum;
    }

    @Schema(name = "SourceEventMetadata")
    public static class SourceEventMetadata {
        @Schema(description = "the source's id")
        public String emitter_id;
        @Schema(nullable = true)
        public String emit_id;
        @Schema(description = "the channel: \"\" for the default one, $errors, $logs")
        public String name;
        @Schema(nullable = true, description = "the meta.id the source gave")
        public String id;
        @Schema(nullable = true)
        public String summary;
        @Schema(description = "meta.ts, or the emit time, in epoch ms")
        public long ts;
    }

    @Schema(name = "SourceEventList", description = "Newest first; cursors are event ids")
    public static class SourceEventList {
        public CommonSchemas.PageInfo page_info;
        public List<SourceEvent> data;
    }
}
