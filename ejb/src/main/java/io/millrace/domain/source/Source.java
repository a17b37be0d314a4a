package io.millrace.domain.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A deployed source. Mutable, so never cached: every read comes from the database. Runs of one
 * source are serialised by a lease ({@link #leaseToken()} until {@link #leaseUntil()}), taken and
 * released in short transactions that lock the row, so its {@code $.service.db} and dedupe state are
 * only changed by the run holding the lease.
 */
@Entity
@Table(name = "MR_SOURCE",
        uniqueConstraints = @UniqueConstraint(name = "MR_SOURCE_SLUG", columnNames = {"workspaceId", "nameSlug"}),
        indexes = {@Index(name = "MR_SOURCE_WS", columnList = "workspaceId,createdAt"),
                @Index(name = "MR_SOURCE_USER", columnList = "userId,createdAt")})
public class Source {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    @Column(length = 32)
    private String projectId;
    @Column(nullable = false, length = 32)
    private String userId;
    @Column(nullable = false, length = 32)
    private String componentId;
    @Column(nullable = false, length = 255)
    private String name;
    @Column(nullable = false, length = 255)
    private String nameSlug;
    private boolean active;
    /** The configured props as the API shows them (timer normalised; the HTTP endpoint is added when shown). */
    @Lob
    @Column(nullable = false)
    private String configuredPropsJson;
    /** The values of the user-input props, as the runtime gets them. */
    @Lob
    @Column(nullable = false)
    private String propsJson;
    @Lob
    @Column(nullable = false)
    private String dbJson;
    @Lob
    @Column(nullable = false)
    private String dedupeJson;
    @Column(unique = true, length = 32)
    private String httpKey;
    /** The name of its {@code $.interface.http} prop, or null. */
    @Column(length = 255)
    private String httpProp;
    private boolean customResponse;
    @Column(length = 255)
    private String timerProp;
    private Integer timerIntervalSeconds;
    @Column(length = 255)
    private String timerCron;
    @Column(length = 64)
    private String timerTimezone;
    /** Incremented on every (de)activation and update; a scheduled tick carrying an older token is skipped. */
    private int timerToken;
    /** When the scheduled tick fires (epoch ms), 0 when none is scheduled. */
    private long nextTickAt;
    /** The timer run queued or running, so that ticks do not pile up behind a slow run. */
    @Column(length = 32)
    private String pendingTimerRunId;
    @Column(length = 32)
    private String leaseToken;
    private long leaseUntil;
    private long runCount;
    private long createdAt;
    private long updatedAt;

    protected Source() {
    }

    public Source(String id, String workspaceId, String projectId, String userId, String name, String nameSlug,
                  String httpKey, long now) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.projectId = projectId;
        this.userId = userId;
        this.name = name;
        this.nameSlug = nameSlug;
        this.httpKey = httpKey;
        this.dbJson = "{}";
        this.dedupeJson = "{}";
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public String projectId() { return projectId; }
    public String userId() { return userId; }
    public String componentId() { return componentId; }
    public String name() { return name; }
    public String nameSlug() { return nameSlug; }
    public boolean active() { return active; }
    public String configuredPropsJson() { return configuredPropsJson; }
    public String propsJson() { return propsJson; }
    public String dbJson() { return dbJson; }
    public String dedupeJson() { return dedupeJson; }
    /** The key of its HTTP endpoint {@code /e/<key>}, or null when it has no HTTP interface. */
    public String httpKey() { return httpKey; }
    public String httpProp() { return httpProp; }
    public boolean customResponse() { return customResponse; }
    public int timerToken() { return timerToken; }
    public long nextTickAt() { return nextTickAt; }
    public String pendingTimerRunId() { return pendingTimerRunId; }
    public String leaseToken() { return leaseToken; }
    public long leaseUntil() { return leaseUntil; }
    public long runCount() { return runCount; }
    public long createdAt() { return createdAt; }
    public long updatedAt() { return updatedAt; }

    /** The timer the source runs on, or null. */
    public TimerSpec timer() {
        return timerProp == null ? null : new TimerSpec(timerIntervalSeconds, timerCron, timerTimezone);
    }

    /** Sets the component and its configuration (validated by {@link ConfiguredProps}). */
    public void configure(String componentId, ConfiguredProps.Configuration configuration, long now) {
        this.componentId = componentId;
        this.configuredPropsJson = configuration.displayJson();
        this.propsJson = configuration.runtimePropsJson();
        this.customResponse = configuration.customResponse();
        this.httpProp = configuration.httpProp();
        this.timerProp = configuration.timerProp();
        this.timerIntervalSeconds = configuration.timer() == null ? null : configuration.timer().intervalSeconds();
        this.timerCron = configuration.timer() == null ? null : configuration.timer().cron();
        this.timerTimezone = configuration.timer() == null ? null : configuration.timer().timezone();
        this.updatedAt = now;
    }

    /** Gives the source an HTTP endpoint key, or (null) removes it. */
    public void httpKey(String key) {
        this.httpKey = key;
    }

    public void rename(String newName, String newSlug, long now) {
        this.name = newName;
        this.nameSlug = newSlug;
        this.updatedAt = now;
    }

    public void activate(boolean on, long now) {
        if (on != active) {
            this.active = on;
            this.updatedAt = now;
        }
    }

    public void state(String newDbJson, String newDedupeJson) {
        this.dbJson = newDbJson;
        this.dedupeJson = newDedupeJson;
    }

    /** A new timer token (supersedes scheduled ticks) and the time of the next tick (0: none). */
    public int newTimerToken(long nextTick) {
        this.timerToken++;
        this.nextTickAt = nextTick;
        return timerToken;
    }

    public void nextTickAt(long at) {
        this.nextTickAt = at;
    }

    public void pendingTimerRunId(String runId) {
        this.pendingTimerRunId = runId;
    }

    /** True when no one holds the lease at {@code now}. */
    public boolean leaseFree(long now) {
        return leaseToken == null || leaseUntil < now;
    }

    public void lease(String token, long until) {
        this.leaseToken = token;
        this.leaseUntil = until;
    }

    /** Releases the lease if {@code token} holds it. */
    public void release(String token) {
        if (token != null && token.equals(leaseToken)) {
            this.leaseToken = null;
            this.leaseUntil = 0;
        }
    }

    /** The sequence number of its next run record. */
    public long nextRunSeq() {
        return ++runCount;
    }
}
