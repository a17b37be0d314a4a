package io.millrace.application.replay;

import io.millrace.domain.replay.ReplayJobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets bulk replays that settled (stopped, completed, failed or abandoned) more than
 * {@code millrace.replay.retention.days} ({@code MILLRACE_REPLAY_RETENTION_DAYS}, default 30) days ago: the job and its
 * items, one job per short transaction. Run by the retention batch job (hourly, and by
 * {@code POST /v1/admin/retention/purge}); idempotent, so several servers may run it at once. The executions the
 * jobs made are kept (they follow the executions' own retention).
 */
@ApplicationScoped
public class ReplayRetention {
    private static final int BATCH = 100;

    @Inject
    @ConfigProperty(name = "millrace.replay.retention.days", defaultValue = "30")
    int retentionDays;
    @Inject
    ReplayJobRepository jobs;
    @Inject
    ReplayRetention self;

    /** Deletes every job settled before the retention period at {@code now} (epoch ms); returns how many. */
    public int purgeSettled(long now) {
        long cutoff = now - Math.max(0, retentionDays) * 86_400_000L;
        int total = 0;
        List<String> ids;
        do {
            ids = jobs.settledBefore(cutoff, BATCH);
            for (String id : ids) {
                if (self.delete(id, cutoff)) {
                    total++;
                }
            }
        } while (ids.size() == BATCH);
        return total;
    }

    /** Deletes one job and its items in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean delete(String id, long cutoff) {
        return jobs.deleteSettled(id, cutoff);
    }
}
