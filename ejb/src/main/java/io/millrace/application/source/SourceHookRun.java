package io.millrace.application.source;

import io.millrace.domain.component.Component;
import io.millrace.runtime.SourceOutcome;
import io.millrace.runtime.SourcePhase;

/** A lifecycle hook that ran (outside any transaction), to be recorded with the change it belongs to. */
record SourceHookRun(SourcePhase phase, Component component, SourceOutcome outcome, long startedAt) {
}
