package io.millrace.errors;

/**
 * The id of an error event in the seed's {@code <epoch ms>-<sequence>} form, e.g.
 * {@code 1606370816223-0}. Ids order by {@code (ms, seq)} numerically (not as text).
 */
public record ErrorEventId(long ms, int seq) implements Comparable<ErrorEventId> {

    public ErrorEventId {
        if (ms < 0 || seq < 0) {
            throw new IllegalArgumentException("negative error event id part");
        }
    }

    @Override
    public String toString() {
        return ms + "-" + seq;
    }

    @Override
    public int compareTo(ErrorEventId other) {
        int byMs = Long.compare(ms, other.ms);
        return byMs != 0 ? byMs : Integer.compare(seq, other.seq);
    }
}
