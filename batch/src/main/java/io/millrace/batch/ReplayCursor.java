package io.millrace.batch;

/**
 * What the replay job's writer tells its reader through the step context: the position in the selection handled
 * through (the checkpoint), and whether the writer left items of its chunk pending (a full queue, a stop asked) so
 * that the reader reads them again.
 */
final class ReplayCursor {
    int handledThrough;
    boolean rewind;

    ReplayCursor(int handledThrough) {
        this.handledThrough = handledThrough;
    }
}
