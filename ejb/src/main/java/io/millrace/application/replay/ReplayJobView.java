package io.millrace.application.replay;

import io.millrace.domain.replay.ReplayItem;
import io.millrace.domain.replay.ReplayJob;
import io.millrace.domain.replay.ReplayProgress;
import java.util.List;

/**
 * A replay job as the API shows it: the job, its progress now, and the first items that failed or were skipped
 * (with their reasons).
 */
public record ReplayJobView(ReplayJob job, ReplayProgress progress, List<ReplayItem> problems) {
}
