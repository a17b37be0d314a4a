package io.millrace.domain.scim;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A parsed SCIM filter (RFC 7644 §3.4.2.2). Attribute paths are lower-cased and without the schema URN
 * ({@code name.givenname}); a value filter {@code emails[type eq "work"]} is its inner filter on
 * {@code emails.type}. {@link #matches} asks a function for the values of a path (none: an empty list).
 */
public sealed interface Filter {
    /** Attributes whose strings compare case-sensitively (RFC 7643: {@code caseExact}). */
    Set<String> CASE_EXACT = Set.of("id", "externalid");

    boolean matches(Function<String, List<Object>> values);

    /** {@code path op value}, {@code value} a String, Boolean, Number or null. */
    record Compare(String path, String op, Object value) implements Filter {
        @Override
        public boolean matches(Function<String, List<Object>> values) {
            List<Object> found = values.apply(path);
            if (op.equals("ne")) {
                return found.stream().noneMatch(v -> equal(v, value));
            }
            return found.stream().anyMatch(this::test);
        }

        private boolean test(Object v) {
            if (op.equals("eq")) {
                return equal(v, value);
            }
            if (v == null || value == null) {
                return false;
            }
            if (v instanceof String s && value instanceof String t) {
                String a = fold(s);
                String b = fold(t);
                return switch (op) {
                    case "co" -> a.contains(b);
                    case "sw" -> a.startsWith(b);
                    case "ew" -> a.endsWith(b);
                    default -> order(a.compareTo(b));
                };
            }
            if (v instanceof Number n && value instanceof Number m && !op.equals("co") && !op.equals("sw")
                    && !op.equals("ew")) {
                return order(Double.compare(n.doubleValue(), m.doubleValue()));
            }
            return false;
        }

        private boolean order(int c) {
            return switch (op) {
                case "gt" -> c > 0;
                case "ge" -> c >= 0;
                case "lt" -> c < 0;
                case "le" -> c <= 0;
                default -> false;
            };
        }

        private boolean equal(Object v, Object wanted) {
            if (v == null || wanted == null) {
                return v == wanted;
            }
            if (v instanceof String s && wanted instanceof String t) {
                return CASE_EXACT.contains(path) ? s.equals(t) : fold(s).equals(fold(t));
            }
            if (v instanceof Number n && wanted instanceof Number m) {
                return n.doubleValue() == m.doubleValue();
            }
            return v.equals(wanted);
        }

        private String fold(String s) {
            return CASE_EXACT.contains(path) ? s : s.toLowerCase(Locale.ROOT);
        }
    }

    /** {@code path pr}: the attribute has a value. */
    record Present(String path) implements Filter {
        @Override
        public boolean matches(Function<String, List<Object>> values) {
            return values.apply(path).stream().anyMatch(v -> v != null && !"".equals(v));
        }
    }

    record And(Filter left, Filter right) implements Filter {
        @Override
        public boolean matches(Function<String, List<Object>> values) {
            return left.matches(values) && right.matches(values);
        }
    }

    record Or(Filter left, Filter right) implements Filter {
        @Override
        public boolean matches(Function<String, List<Object>> values) {
            return left.matches(values) || right.matches(values);
        }
    }

    record Not(Filter inner) implements Filter {
        @Override
        public boolean matches(Function<String, List<Object>> values) {
            return !inner.matches(values);
        }
    }
}
