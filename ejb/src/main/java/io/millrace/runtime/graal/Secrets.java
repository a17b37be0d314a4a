package io.millrace.runtime.graal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The values masked as {@code ***} in the log lines Millrace writes for a run (its HTTP requests): the
 * values of its environment variables (they may be secrets) and of its secret props. Longer values are
 * masked first, so that one containing another is masked whole.
 */
final class Secrets {

    /** Values shorter than this are not masked. */
    static final int MIN_MASKED_LENGTH = 4;

    private List<String> masked;

    /** Masks the values of {@code env}. */
    Secrets(Map<String, String> env) {
        this.masked = env.values().stream().filter(v -> v.length() >= MIN_MASKED_LENGTH).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Masks {@code value} (a secret prop's value) from now on too. */
    void add(String value) {
        if (value == null || value.length() < MIN_MASKED_LENGTH || masked.contains(value)) {
            return;
        }
        List<String> all = new ArrayList<>(masked);
        all.add(value);
        all.sort(Comparator.comparingInt(String::length).reversed());
        masked = List.copyOf(all);
    }

    /** {@code text} with the masked values replaced by {@code ***}. */
    String redact(String text) {
        String out = text;
        for (String secret : masked) {
            if (out.contains(secret)) {
                out = out.replace(secret, "***");
            }
        }
        return out;
    }
}
