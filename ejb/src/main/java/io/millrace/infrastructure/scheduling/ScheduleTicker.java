package io.millrace.infrastructure.scheduling;

import io.millrace.application.intake.ScheduleIntake;
import io.millrace.application.intake.ScheduleTimers;
import io.millrace.domain.source.TimerSpec;
import io.millrace.domain.workflow.ScheduleEvent;
import io.millrace.domain.workflow.ScheduleTimer;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.WorkflowRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires workflows' schedule triggers: every 2 seconds, reads the stored timers (MR_SCHEDULE_TIMER) and the active
 * workflows, and fires each schedule trigger whose stored next fire instant has come. Timers are in the database,
 * so they survive restarts: a tick that fell while no server ran fires once when one starts (the ticks after it
 * that were missed too are skipped). Every server node runs this; a tick is claimed on the timer's row in the
 * same transaction as its execution, so with several nodes each tick fires exactly once. A timer is created the
 * first time a node sees the trigger on an active workflow, started again when a deployment changes the schedule,
 * and forgotten when the workflow is turned off or deleted (turned on again, it starts from then: ticks while it
 * was off are not run). Each workflow's deployment is read when it changes, not on every tick.
 */
@Singleton
public class ScheduleTicker {
    private static final Logger LOG = Logger.getLogger(ScheduleTicker.class.getName());
    private static final int WORKFLOWS_PER_READ = 500;

    @Inject
    WorkflowRepository workflows;
    @Inject
    ScheduleTimers timers;

    /** The time source; a test may give another. */
    Clock clock = Clock.systemUTC();

    /** Each workflow's deployment id and its schedule triggers, so a deployment is read once, not every tick. */
    private final Map<String, Timers> known = new HashMap<>();

    private record Timers(String deploymentId, List<TimerSpec> specs) {
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        long now = clock.millis();
        try {
            Map<String, ScheduleTimer> stored = new HashMap<>();
            for (ScheduleTimer t : timers.all()) {
                stored.put(t.id(), t);
            }
            Map<String, Timers> seen = new HashMap<>();
            String after = null;
            List<Workflow> page;
            do {
                page = workflows.after(after, WORKFLOWS_PER_READ);
                for (Workflow w : page) {
                    if (w.active() && w.deploymentId() != null) {
                        tick(w, now, stored, seen);
                    }
                }
                after = page.isEmpty() ? after : page.get(page.size() - 1).id();
            } while (page.size() == WORKFLOWS_PER_READ);
            known.keySet().retainAll(seen.keySet());
            for (String orphan : stored.keySet()) {
                timers.forget(orphan);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "firing schedule triggers failed; the next run tries again", e);
        }
    }

    /** Fires the due triggers of one active workflow; the timers it handles are taken out of {@code stored}. */
    private void tick(Workflow w, long now, Map<String, ScheduleTimer> stored, Map<String, Timers> seen) {
        Timers cached = known.get(w.id());
        if (cached == null || !cached.deploymentId().equals(w.deploymentId())) {
            WorkflowDeployment deployment = workflows.deployment(w.deploymentId()).orElse(null);
            if (deployment == null) {
                return;
            }
            cached = new Timers(deployment.id(), ScheduleIntake.timers(deployment));
            known.put(w.id(), cached);
        }
        seen.put(w.id(), cached);
        List<TimerSpec> specs = cached.specs();
        for (int n = 0; n < specs.size(); n++) {
            String id = ScheduleEvent.triggerId(w.id(), n);
            ScheduleTimer timer = stored.remove(id);
            try {
                step(w, cached.deploymentId(), n, specs.get(n), timer, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "schedule trigger " + id + " did not fire; the next run tries again", e);
            }
        }
    }

    private void step(Workflow w, String deploymentId, int n, TimerSpec spec, ScheduleTimer timer, long now) {
        if (timer == null) {
            try {
                timers.start(ScheduleEvent.triggerId(w.id(), n), w.id(), spec, now);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "another node stored the timer of the trigger first", e);
            }
        } else if (!timer.runs(spec)) {
            timers.restart(timer, spec, now);
        } else if (timer.due(now)) {
            WorkflowDeployment deployment = workflows.deployment(deploymentId).orElseThrow();
            timers.fire(w, deployment, n, spec, timer, now);
        }
    }
}
