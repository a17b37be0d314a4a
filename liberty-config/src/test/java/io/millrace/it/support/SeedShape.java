package io.millrace.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compares an answer with an example response copied from the seed: the same field names (key sets
 * equal at every level), nesting and JSON types; values may differ, except that ids keep the seed's
 * prefix ({@code dc_}, {@code sc_}, {@code p_}, {@code o_}, {@code u_}, …) and event ids keep the
 * {@code <ms>-<seq>} form. A seed {@code null} accepts any value. An array of the seed is a set of
 * allowed element shapes: a non-empty seed array needs a non-empty answer whose every element matches
 * one of them. Paths are written {@code data.orgs[].id}.
 *
 * <p>Every difference must be listed as a {@link Deviation}, and every listed deviation must be seen, so
 * the list in the test stays the exact list of the differences.
 */
public final class SeedShape {
    private SeedShape() {
    }

    public enum Kind {
        /** The seed has this field, Millrace's answer does not. */
        ABSENT,
        /** Millrace's answer has this field, the seed's example does not. */
        EXTRA,
        /** Millrace answers null where the seed shows a value. */
        NULL,
        /** The value has the seed's type but not the form of its id (another prefix or none). */
        VALUE,
        /** Below this path the shapes are not compared (a different format, documented). */
        OTHER
    }

    public record Deviation(String path, Kind kind, String why) {
    }

    public static Deviation absent(String path, String why) {
        return new Deviation(path, Kind.ABSENT, why);
    }

    public static Deviation extra(String path, String why) {
        return new Deviation(path, Kind.EXTRA, why);
    }

    public static Deviation nulled(String path, String why) {
        return new Deviation(path, Kind.NULL, why);
    }

    public static Deviation value(String path, String why) {
        return new Deviation(path, Kind.VALUE, why);
    }

    public static Deviation other(String path, String why) {
        return new Deviation(path, Kind.OTHER, why);
    }

    private static final Pattern ID = Pattern.compile("(dc|sc|p|o|u|hi|c|ti|ei|d|apn|proj)_[A-Za-z0-9]+");
    private static final Pattern EVENT_ID = Pattern.compile("\\d{10,}-\\d+");

    public static JsonValue parse(String json) {
        return Json.createReader(new StringReader(json)).readValue();
    }

    /** Asserts that {@code actual} has the shape of the seed's {@code example}, up to {@code deviations}. */
    public static void assertShape(String page, String example, JsonValue actual, Deviation... deviations) {
        Map<String, Deviation> allowed = new java.util.HashMap<>();
        for (Deviation d : deviations) {
            allowed.put(d.path() + "|" + d.kind(), d);
        }
        Set<String> used = new HashSet<>();
        List<String> problems = new ArrayList<>();
        compare("", parse(example), actual, allowed, used, problems);
        Set<String> unused = new TreeSet<>(allowed.keySet());
        unused.removeAll(used);
        if (!problems.isEmpty() || !unused.isEmpty()) {
            throw new AssertionError(page + ": the answer differs from the seed's example\n  "
                    + String.join("\n  ", problems) + (unused.isEmpty() ? "" : "\n  listed deviations not seen: " + unused)
                    + "\n  answer: " + actual);
        }
    }

    private static void compare(String path, JsonValue seed, JsonValue actual, Map<String, Deviation> allowed,
                                Set<String> used, List<String> problems) {
        if (allowed.containsKey(path + "|OTHER")) {
            used.add(path + "|OTHER");
            return;
        }
        if (seed.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (actual.getValueType() == JsonValue.ValueType.NULL) {
            if (allowed.containsKey(path + "|NULL")) {
                used.add(path + "|NULL");
            } else {
                problems.add(path + ": null, the seed shows " + seed.getValueType());
            }
            return;
        }
        if (type(seed) != type(actual)) {
            problems.add(path + ": " + type(actual) + ", the seed shows " + type(seed) + " (" + seed + ")");
            return;
        }
        switch (seed.getValueType()) {
            case OBJECT -> {
                JsonObject s = seed.asJsonObject();
                JsonObject a = actual.asJsonObject();
                Set<String> keys = new LinkedHashSet<>(s.keySet());
                keys.addAll(a.keySet());
                for (String k : keys) {
                    String p = path.isEmpty() ? k : path + "." + k;
                    if (!a.containsKey(k)) {
                        if (allowed.containsKey(p + "|ABSENT")) {
                            used.add(p + "|ABSENT");
                        } else {
                            problems.add(p + ": missing");
                        }
                    } else if (!s.containsKey(k)) {
                        if (allowed.containsKey(p + "|EXTRA")) {
                            used.add(p + "|EXTRA");
                        } else {
                            problems.add(p + ": not in the seed's example (" + a.get(k) + ")");
                        }
                    } else {
                        compare(p, s.get(k), a.get(k), allowed, used, problems);
                    }
                }
            }
            case ARRAY -> {
                JsonArray s = seed.asJsonArray();
                JsonArray a = actual.asJsonArray();
                if (s.isEmpty()) {
                    return;
                }
                if (a.isEmpty()) {
                    problems.add(path + ": empty, the seed shows elements");
                    return;
                }
                for (int i = 0; i < a.size(); i++) {
                    List<String> closest = null;
                    Set<String> closestUsed = null;
                    for (JsonValue option : s) {
                        List<String> p = new ArrayList<>();
                        Set<String> u = new HashSet<>();
                        compare(path + "[]", option, a.get(i), allowed, u, p);
                        if (closest == null || p.size() < closest.size()) {
                            closest = p;
                            closestUsed = u;
                        }
                    }
                    used.addAll(closestUsed);
                    for (String p : closest) {
                        problems.add(p + " (element " + i + ")");
                    }
                }
            }
            case STRING -> {
                String s = ((JsonString) seed).getString();
                String a = ((JsonString) actual).getString();
                if (allowed.containsKey(path + "|VALUE")) {
                    used.add(path + "|VALUE");
                } else if (ID.matcher(s).matches() && !a.startsWith(s.substring(0, s.indexOf('_') + 1))) {
                    problems.add(path + ": \"" + a + "\" lacks the seed's id prefix (\"" + s + "\")");
                }
                if (EVENT_ID.matcher(s).matches() && !EVENT_ID.matcher(a).matches()) {
                    problems.add(path + ": \"" + a + "\" is not an event id like \"" + s + "\"");
                }
            }
            case NUMBER -> {
                if (((JsonNumber) seed).isIntegral() && !((JsonNumber) actual).isIntegral()) {
                    problems.add(path + ": " + actual + " is not an integer like " + seed);
                }
            }
            default -> {
            }
        }
    }

    private static String type(JsonValue v) {
        return switch (v.getValueType()) {
            case TRUE, FALSE -> "BOOLEAN";
            default -> v.getValueType().name();
        };
    }
}
