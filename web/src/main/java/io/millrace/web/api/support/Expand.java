package io.millrace.web.api.support;

import java.util.Arrays;
import java.util.List;

/** The {@code expand} query parameter of the event lists: repeated or comma-separated names. */
public final class Expand {
    private Expand() {
    }

    /** Whether {@code expand} names {@code event} (show events over 1 KB in full). */
    public static boolean event(List<String> expand) {
        return expand.stream().flatMap(e -> Arrays.stream(e.split(","))).anyMatch(e -> e.trim().equals("event"));
    }
}
