package io.millrace.domain.scim;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * Parses the SCIM filter language (RFC 7644 §3.4.2.2) by recursive descent:
 * <pre>
 * filter    = and *("or" and)
 * and       = unary *("and" unary)
 * unary     = "not" "(" filter ")" / "(" filter ")" / attrExpr / path "[" filter "]"
 * attrExpr  = path "pr" / path op value        op = eq ne co sw ew gt ge lt le
 * value     = "string" / true / false / null / number
 * </pre>
 * Keywords are case-insensitive. Only the paths the caller allows are accepted; anything else, and any
 * syntax error, is a {@link ScimProblem#invalidFilter}. A filter is at most {@value #MAX_LENGTH} characters
 * and {@value #MAX_DEPTH} levels deep.
 */
public final class FilterParser {
    public static final int MAX_LENGTH = 2000;
    public static final int MAX_DEPTH = 20;
    private static final Set<String> OPERATORS = Set.of("eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le");
    private static final String URN = "urn:ietf:params:scim:schemas:core:2.0:";

    private final String text;
    private final Set<String> paths;
    private int pos;
    private int depth;
    /** The attribute whose value filter is being parsed ({@code emails}), else null. */
    private String prefix;

    private FilterParser(String text, Set<String> paths) {
        this.text = text;
        this.paths = paths;
    }

    /**
     * @param paths the attribute paths that may be filtered on, lower-case ({@code username}, {@code emails.value})
     */
    public static Filter parse(String text, Set<String> paths) {
        if (text == null || text.isBlank()) {
            throw ScimProblem.invalidFilter("the filter is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw ScimProblem.invalidFilter("the filter is longer than " + MAX_LENGTH + " characters");
        }
        FilterParser parser = new FilterParser(text, paths);
        Filter f = parser.filter();
        parser.skipSpaces();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected " + parser.rest());
        }
        return f;
    }

    private Filter filter() {
        if (++depth > MAX_DEPTH) {
            throw ScimProblem.invalidFilter("the filter is nested more than " + MAX_DEPTH + " levels deep");
        }
        Filter f = and();
        while (keyword("or")) {
            f = new Filter.Or(f, and());
        }
        depth--;
        return f;
    }

    private Filter and() {
        Filter f = unary();
        while (keyword("and")) {
            f = new Filter.And(f, unary());
        }
        return f;
    }

    private Filter unary() {
        skipSpaces();
        if (keyword("not")) {
            expect('(');
            Filter inner = filter();
            expect(')');
            return new Filter.Not(inner);
        }
        if (peek('(')) {
            pos++;
            Filter inner = filter();
            expect(')');
            return inner;
        }
        String path = path();
        if (peek('[')) {
            pos++;
            Filter inner = new FilterParser(text, paths).inside(this, path);
            expect(']');
            return inner;
        }
        String op = word();
        if (op.isEmpty()) {
            throw error("expected an operator after " + path + ", found " + rest());
        }
        op = op.toLowerCase(Locale.ROOT);
        if (op.equals("pr")) {
            return new Filter.Present(path);
        }
        if (!OPERATORS.contains(op)) {
            throw error("unknown operator '" + op + "' (use eq, ne, co, sw, ew, gt, ge, lt, le or pr)");
        }
        return new Filter.Compare(path, op, value());
    }

    /** Parses a value filter's inside, where paths are sub-attributes of {@code parent}, from the outer position. */
    private Filter inside(FilterParser outer, String parent) {
        this.pos = outer.pos;
        this.depth = outer.depth;
        this.prefix = parent;
        Filter f = filter();
        outer.pos = this.pos;
        return f;
    }


    private String path() {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || ":._$-".indexOf(text.charAt(pos)) >= 0)) {
            pos++;
        }
        if (start == pos) {
            throw error("expected an attribute name, found " + rest());
        }
        String raw = text.substring(start, pos);
        String name = raw.toLowerCase(Locale.ROOT);
        if (name.startsWith(URN)) {
            int colon = name.indexOf(':', URN.length());
            name = colon < 0 ? name : name.substring(colon + 1);
        }
        if (prefix != null) {
            name = prefix + "." + name;
        }
        if (!paths.contains(name) && !(peek('[') && prefix == null && hasChild(name))) {
            throw ScimProblem.invalidFilter("cannot filter on '" + raw + "': filter on one of " + String.join(", ",
                    new java.util.TreeSet<>(paths)));
        }
        return name;
    }

    private boolean hasChild(String name) {
        return paths.stream().anyMatch(p -> p.startsWith(name + "."));
    }

    private Object value() {
        skipSpaces();
        if (peek('"')) {
            return string();
        }
        String w = word();
        switch (w.toLowerCase(Locale.ROOT)) {
            case "true": return Boolean.TRUE;
            case "false": return Boolean.FALSE;
            case "null": return null;
            default:
        }
        try {
            if (!w.isEmpty()) {
                return new BigDecimal(w);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error("expected a value (a \"string\", true, false, null or a number), found "
                + (w.isEmpty() ? rest() : "'" + w + "'"));
    }

    private String string() {
        pos++; // the opening quote
        StringBuilder b = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("incomplete \\u escape");
                    }
                    try {
                        b.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException x) {
                        throw error("bad \\u escape");
                    }
                    pos += 4;
                }
                default -> throw error("bad escape \\" + e);
            }
        }
        throw error("a string is not closed with \"");
    }

    private String word() {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && "()[]\"".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        return text.substring(start, pos);
    }

    /** Consumes {@code k} when it is the next word (followed by a space, a parenthesis or the end). */
    private boolean keyword(String k) {
        skipSpaces();
        int end = pos + k.length();
        if (end > text.length() || !text.regionMatches(true, pos, k, 0, k.length())) {
            return false;
        }
        if (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '(') {
            return false;
        }
        pos = end;
        return true;
    }

    private void expect(char c) {
        skipSpaces();
        if (!peek(c)) {
            throw error("expected '" + c + "', found " + rest());
        }
        pos++;
    }

    private boolean peek(char c) {
        skipSpaces();
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private String rest() {
        if (pos >= text.length()) {
            return "the end of the filter";
        }
        String r = text.substring(pos, Math.min(text.length(), pos + 20));
        return "'" + r + (pos + 20 < text.length() ? "…" : "") + "'";
    }

    private ScimProblem error(String what) {
        return ScimProblem.invalidFilter("bad filter at character " + (pos + 1) + ": " + what);
    }
}
