package io.millrace.domain.replay;

import java.util.Locale;

/** What became of one original execution of a replay job's selection. */
public enum ReplayItemState {
    /** Not handled yet. */
    PENDING,
    /** Replayed: {@link ReplayItem#replayId()} names the new execution. */
    REPLAYED,
    /** Could not be replayed (its workflow was not active); the reason is kept. */
    FAILED,
    /** Nothing to replay any more (the execution or its workflow was deleted); the reason is kept. */
    SKIPPED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
