package io.millrace.shared;

/**
 * The id of an emitted or error event in the seed's {@code <epoch ms>-<sequence>} form, e.g.
 * {@code 1606370816223-0}. Ids order by {@code (ms, seq)} numerically (not as text).
 */
public record EventId(long ms, int seq) implements Comparable<EventId> {

    public EventId {
        if (ms < 0 || seq < 0) {
            throw new IllegalArgumentException("negative event id part");
        }
    }

    /** Parses {@code <ms>-<seq>}; a bare {@code <ms>} means sequence 0. Null when the text is not such an id. */
    public static EventId parse(String text) {
        if (text == null || !text.matches("\\d{1,18}(-\\d{1,9})?")) {
            return null;
        }
        int dash = text.indexOf('-');
        return dash < 0 ? new EventId(Long.parseLong(text), 0)
                : new EventId(Long.parseLong(text.substring(0, dash)), Integer.parseInt(text.substring(dash + 1)));
    }

    /**
     * Reads an event id given as a request parameter (a cursor, {@code start_id}, …): null when absent
     * or blank; spaces around it are ignored.
     *
     * @param field the parameter's name, for the 400 when the text is not an event id
     */
    public static EventId param(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        EventId id = parse(text.trim());
        if (id == null) {
            throw new InvalidInputException(field, field + " must be an event id like 1589486981597-0");
        }
        return id;
    }

    @Override
    public String toString() {
        return ms + "-" + seq;
    }

    @Override
    public int compareTo(EventId other) {
        int byMs = Long.compare(ms, other.ms);
        return byMs != 0 ? byMs : Integer.compare(seq, other.seq);
    }
}
