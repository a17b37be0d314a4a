package io.millrace.domain.source;

import io.millrace.shared.EventId;

/**
 * The messages of the {@code millrace.sources} queue: run a stored run, handle a timer tick, or
 * delete a range of a source's events. Bodies are {@code run:<run id>},
 * {@code tick:<source id>:<token>:<fire at ms>}, {@code delete:<source id>:<start id>:<end id>}
 * (an empty id is an open end) and {@code purge:<source id>} (the events and runs of a deleted source).
 */
public sealed interface SourceMessage {

    String format();

    /** Run the stored run. */
    record Run(String runId) implements SourceMessage {
        @Override
        public String format() {
            return "run:" + runId;
        }
    }

    /** The tick scheduled for {@code fireAt} of the source's timer with {@code token}. */
    record Tick(String sourceId, int token, long fireAt) implements SourceMessage {
        @Override
        public String format() {
            return "tick:" + sourceId + ":" + token + ":" + fireAt;
        }
    }

    /** Delete the source's events from {@code start} to {@code end}, both included (null: open). */
    record DeleteEvents(String sourceId, EventId start, EventId end) implements SourceMessage {
        @Override
        public String format() {
            return "delete:" + sourceId + ":" + (start == null ? "" : start) + ":" + (end == null ? "" : end);
        }
    }

    /** Remove everything a deleted source left: its events and run records. */
    record Purge(String sourceId) implements SourceMessage {
        @Override
        public String format() {
            return "purge:" + sourceId;
        }
    }

    /** @throws IllegalArgumentException when the body is not such a message */
    public static SourceMessage parse(String body) {
        String[] parts = body == null ? new String[0] : body.split(":", -1);
        try {
            switch (parts.length == 0 ? "" : parts[0]) {
                case "run":
                    if (parts.length == 2) {
                        return new Run(parts[1]);
                    }
                    break;
                case "tick":
                    if (parts.length == 4) {
                        return new Tick(parts[1], Integer.parseInt(parts[2]), Long.parseLong(parts[3]));
                    }
                    break;
                case "purge":
                    if (parts.length == 2) {
                        return new Purge(parts[1]);
                    }
                    break;
                case "delete":
                    if (parts.length == 4) {
                        return new DeleteEvents(parts[1], id(parts[2]), id(parts[3]));
                    }
                    break;
                default:
                    break;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException("not a source message: " + body);
    }

    private static EventId id(String text) {
        if (text.isEmpty()) {
            return null;
        }
        EventId id = EventId.parse(text);
        if (id == null) {
            throw new IllegalArgumentException("bad event id " + text);
        }
        return id;
    }
}
