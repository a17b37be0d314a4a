package io.millrace.domain.events;

import io.millrace.shared.EventId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * One event in an emitter's stream. Immutable once stored. The primary key joins the emitter and the
 * event id, so ids only need to be unique within one emitter.
 */
@Entity
@Table(name = "MR_EMITTED_EVENT", indexes = {
        @Index(name = "MR_EMITTED_EVENT_EMITTER", columnList = "emitterId,indexedAtMs,idSeq"),
        @Index(name = "MR_EMITTED_EVENT_WS", columnList = "workspaceId")})
public class EmittedEvent {
    @Id
    @Column(length = 80)
    private String pk;
    @Column(nullable = false, length = 40)
    private String id;
    private long indexedAtMs;
    private int idSeq;
    @Column(nullable = false, length = 32)
    private String emitterId;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    /** The channel ({@code meta.name}); "" for the default channel. */
    @Column(nullable = false, length = 255)
    private String channel;
    /** A unique id of this emission (for workflows: the emitting execution's id with a counter). */
    @Column(length = 64)
    private String emitId;
    /** {@code meta.id} given by the emitter (dedupe key), or null. */
    @Column(length = 512)
    private String dedupeId;
    @Column(length = 1024)
    private String summary;
    /** {@code meta.ts} in epoch ms, or the time of emission. */
    private long ts;
    @Lob
    private String eventJson;

    protected EmittedEvent() {
    }

    public EmittedEvent(EventId id, String workspaceId, String emitterId, String channel, String emitId,
                        String dedupeId, String summary, long ts, String eventJson) {
        this.pk = emitterId + "/" + id;
        this.id = id.toString();
        this.indexedAtMs = id.ms();
        this.idSeq = id.seq();
        this.workspaceId = workspaceId;
        this.emitterId = emitterId;
        this.channel = channel == null ? "" : channel;
        this.emitId = emitId;
        this.dedupeId = dedupeId;
        this.summary = summary;
        this.ts = ts;
        this.eventJson = eventJson;
    }

    public String id() { return id; }
    public long indexedAtMs() { return indexedAtMs; }
    public int idSeq() { return idSeq; }
    public String workspaceId() { return workspaceId; }
    public String emitterId() { return emitterId; }
    public String channel() { return channel; }
    public String emitId() { return emitId; }
    public String dedupeId() { return dedupeId; }
    public String summary() { return summary; }
    public long ts() { return ts; }
    public String eventJson() { return eventJson; }
}
