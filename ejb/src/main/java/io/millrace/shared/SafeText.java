package io.millrace.shared;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * The text rules every request shares, each a 400 naming the field:
 * <ul>
 * <li>every string of a JSON body, member names included, is well-formed UTF-16: an unpaired surrogate
 *     (a lone escape of U+D800 to U+DFFF) is no character, and storing it would silently turn it into
 *     {@code ?};</li>
 * <li>names, keys and other identifiers may hold any Unicode text except U+0000 and the bidirectional
 *     embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which make a name read
 *     differently from what it is (U+202E turns {@code invoice[U+202E]fdp.exe} into what reads as
 *     {@code invoiceexe.pdf}).</li>
 * </ul>
 */
public final class SafeText {
    private SafeText() {
    }

    /** Refuses the first string of {@code body} (a request body) that holds an unpaired surrogate. */
    public static void checkJson(JsonValue body) {
        checkJson(body, null);
    }

    private static void checkJson(JsonValue value, String field) {
        switch (value.getValueType()) {
            case STRING -> {
                if (unpairedSurrogate(((JsonString) value).getString()) >= 0) {
                    throw unpaired(field);
                }
            }
            case ARRAY -> {
                int i = 0;
                for (JsonValue item : value.asJsonArray()) {
                    checkJson(item, (field == null ? "" : field) + "[" + i++ + "]");
                }
            }
            case OBJECT -> {
                for (Map.Entry<String, JsonValue> e : value.asJsonObject().entrySet()) {
                    if (unpairedSurrogate(e.getKey()) >= 0) {
                        throw new InvalidInputException(field, "a field name " + (field == null ? "of the request body"
                                : "in " + field) + " holds an unpaired UTF-16 surrogate: send whole characters");
                    }
                    checkJson(e.getValue(), Quoted.member(field, e.getKey()));
                }
            }
            default -> {
            }
        }
    }

    /** Refuses a name, key or other identifier holding U+0000, a bidirectional control or an unpaired surrogate. */
    public static void checkIdentifier(String text, String field) {
        if (text == null) {
            return;
        }
        if (unpairedSurrogate(text) >= 0) {
            throw unpaired(field);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || isBidiControl(c)) {
                throw new InvalidInputException(field, field + " must not contain the character "
                        + String.format("U+%04X", (int) c)
                        + (c == 0 ? "" : " (an invisible bidirectional control)"));
            }
        }
    }

    /** Whether {@code c} is one of U+202A–U+202E or U+2066–U+2069. */
    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** The index of the first unpaired surrogate of {@code text}, or -1. */
    static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static InvalidInputException unpaired(String field) {
        return new InvalidInputException(field, (field == null ? "the request body" : field)
                + " holds an unpaired UTF-16 surrogate (such as a lone \\ud800 escape): send whole characters");
    }
}
