package io.millrace.application.intake;

import io.millrace.domain.source.TimerSpec;
import io.millrace.domain.workflow.ScheduleTimer;
import io.millrace.domain.workflow.ScheduleTimerRepository;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The stored timers of schedule triggers, each change its own short transaction. A due tick is claimed and its
 * execution stored in one transaction ({@link #fire}): the node whose claim wins runs the tick, exactly once; a
 * failure rolls both back and the tick is tried again on the next pass.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ScheduleTimers {
    @Inject
    ScheduleTimerRepository timers;
    @Inject
    ScheduleIntake intake;

    /** Every stored timer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScheduleTimer> all() {
        return timers.all();
    }

    /** The stored timers of one workflow (its triggers' next fire instants). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScheduleTimer> ofWorkflow(String workflowId) {
        return timers.ofWorkflow(workflowId);
    }

    /** Stores the timer of a schedule trigger seen for the first time; fails when another node stored it first. */
    public void start(String triggerId, String workflowId, TimerSpec timer, long nowMs) {
        timers.insert(new ScheduleTimer(triggerId, workflowId, timer, nowMs));
    }

    /** Starts a timer again from {@code nowMs} because its trigger's schedule changed. */
    public boolean restart(ScheduleTimer stored, TimerSpec timer, long nowMs) {
        return timers.restart(stored.id(), stored.spec(), ScheduleTimer.specOf(timer), timer.first(nowMs));
    }

    /**
     * Claims the due tick of {@code stored} (the {@code n}th schedule trigger of the workflow) and, when this
     * caller won it, starts its execution in the same transaction; returns whether this caller fired it.
     */
    public boolean fire(Workflow workflow, WorkflowDeployment deployment, int n, TimerSpec timer, ScheduleTimer stored,
            long nowMs) {
        if (!timers.claim(stored.id(), stored.nextFireAt(), stored.following(timer, nowMs))) {
            return false;
        }
        intake.fire(workflow, deployment, n, timer, stored.nextFireAt());
        return true;
    }

    /** Forgets a timer whose workflow is off or gone, or whose trigger was removed. */
    public void forget(String id) {
        timers.delete(id);
    }
}
