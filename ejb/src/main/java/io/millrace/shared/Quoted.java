package io.millrace.shared;

/**
 * Client-supplied text as an error message quotes it: bounded, so that no answer echoes unbounded input
 * (a 1 MB key would otherwise come back in a 1 MB error). A value of at most {@link #MAX_VALUE}
 * characters is quoted as it is; a longer one by its start, an ellipsis and its length, e.g.
 * {@code 'aaaa…' (1048576 characters)}. Ids, keys, names, types, field paths, query values and engine
 * messages that quote step code all go through here; {@link #message} is the last bound the error
 * writers put on a whole message.
 */
public final class Quoted {
    /** The most characters of one client value an error message quotes. */
    public static final int MAX_VALUE = 120;
    /** The most characters of a message from an engine or parser (which may quote the input itself). */
    public static final int MAX_DETAIL = 400;
    /** The most characters of a whole error message or field as an answer carries it. */
    public static final int MAX_MESSAGE = 4096;

    private Quoted() {
    }

    /** {@code text} in single quotes, shortened past {@link #MAX_VALUE}: {@code 'abc'}, {@code 'ab…' (1000 characters)}. */
    public static String of(Object text) {
        String s = String.valueOf(text);
        return s.length() <= MAX_VALUE ? "'" + s + "'" : "'" + head(s, MAX_VALUE) + "…' " + length(s);
    }

    /** {@code text} unquoted (ids, field paths), shortened past {@link #MAX_VALUE}: {@code ab… (1000 characters)}. */
    public static String value(Object text) {
        return text == null ? null : shorten(String.valueOf(text), MAX_VALUE);
    }

    /**
     * The path of member {@code key} of the object at {@code parent} (null for the request body), the key
     * shortened like {@link #value}: {@code settings.timeout_seconds}, {@code props.kk… (1048576 characters)}.
     */
    public static String member(String parent, String key) {
        return parent == null ? value(key) : parent + "." + value(key);
    }

    /** A message of an engine or parser, which may quote the input, shortened past {@link #MAX_DETAIL}. */
    public static String detail(String text) {
        return text == null ? null : shorten(text, MAX_DETAIL);
    }

    /** A whole error message (or field), shortened past {@link #MAX_MESSAGE}: the error writers' last bound. */
    public static String message(String text) {
        return text == null ? null : shorten(text, MAX_MESSAGE);
    }

    /** {@code text} as it is when at most {@code max} characters, else its start, "…" and its length. */
    public static String shorten(String text, int max) {
        return text.length() <= max ? text : head(text, max) + "… " + length(text);
    }

    /** The first {@code max} UTF-16 units of a longer text, never ending in half of a surrogate pair. */
    private static String head(String text, int max) {
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private static String length(String text) {
        return "(" + text.codePointCount(0, text.length()) + " characters)";
    }
}
