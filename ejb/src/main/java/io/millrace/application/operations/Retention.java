package io.millrace.application.operations;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Retention runs: starting the purge of old executions and following the batch job. */
@ApplicationScoped
public class Retention {
    @Inject
    RetentionRuns runs;

    /**
     * Starts deleting what the workflows' retention settings let go and, unless {@code retentionDays} is null, the
     * executions that finished over {@code retentionDays} days ago (0 or more).
     */
    public BatchJob purgeExecutions(Integer retentionDays) {
        if (retentionDays != null && retentionDays < 0) {
            throw new InvalidInputException("retention_days", "retention_days must be an integer of 0 or more");
        }
        long id = runs.purgeExecutions(retentionDays);
        String status = runs.status(id);
        return new BatchJob(id, status == null ? "STARTING" : status);
    }

    /** @throws NotFoundException when there is no such job execution */
    public BatchJob job(long id) {
        String status = runs.status(id);
        if (status == null) {
            throw new NotFoundException("job " + Quoted.value(id) + " not found");
        }
        return new BatchJob(id, status);
    }
}
