package io.millrace.batch;

import io.millrace.application.replay.ReplayRetention;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The retention job's last step: deletes bulk replays (jobs and items) that settled more than the replay retention
 * period ago ({@code MILLRACE_REPLAY_RETENTION_DAYS}), one job per transaction; restarting it deletes what is left.
 */
@Named("replayJobPurge")
@Dependent
public class ReplayJobPurge extends AbstractBatchlet {
    @Inject
    ReplayRetention retention;

    @Override
    public String process() {
        return "deleted " + retention.purgeSettled(System.currentTimeMillis());
    }
}
