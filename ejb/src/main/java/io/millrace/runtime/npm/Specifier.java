package io.millrace.runtime.npm;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bare module specifier as a step writes it: {@code name}, {@code name@range}, {@code @scope/name@range},
 * optionally followed by {@code /sub/path}.
 *
 * @param name    the package name
 * @param range   the version range, "" when none was given (meaning the latest)
 * @param subpath the path inside the package without a leading "/", "" for the package itself
 */
public record Specifier(String name, String range, String subpath) {

    private static final Pattern IMPORTS = Pattern.compile(
            "(?:\\bfrom\\s*|\\bimport\\s*\\(?\\s*|\\brequire\\s*\\(\\s*)([\"'])([^\"'\\n]+)\\1");

    /** The specifier, or null when it is not a bare package specifier (relative, absolute, a URL, node:...). */
    public static Specifier parse(String specifier) {
        if (specifier == null || specifier.isEmpty() || specifier.contains(":") || specifier.contains("\\")
                || "./".indexOf(specifier.charAt(0)) >= 0) {
            return null;
        }
        int start = 0;
        if (specifier.startsWith("@")) {
            int slash = specifier.indexOf('/');
            if (slash < 2) {
                return null;
            }
            start = slash + 1;
        }
        int end = start;
        while (end < specifier.length() && specifier.charAt(end) != '@' && specifier.charAt(end) != '/') {
            end++;
        }
        String name = specifier.substring(0, end);
        String rest = specifier.substring(end);
        String range = "";
        if (rest.startsWith("@")) {
            int slash = rest.indexOf('/');
            range = slash < 0 ? rest.substring(1) : rest.substring(1, slash);
            rest = slash < 0 ? "" : rest.substring(slash);
        }
        String subpath = rest.startsWith("/") ? rest.substring(1) : rest;
        if (end == start || !name.equals(name.trim()) || name.contains("..") || subpath.contains("..")) {
            return null;
        }
        return new Specifier(name, range.trim(), subpath);
    }

    /** The module specifiers in a step's {@code import}, {@code export ... from}, {@code import()} and {@code require()}. */
    public static Set<String> scan(String code) {
        Set<String> found = new LinkedHashSet<>();
        if (code == null) {
            return found;
        }
        Matcher m = IMPORTS.matcher(code);
        while (m.find()) {
            found.add(m.group(2));
        }
        return found;
    }
}
