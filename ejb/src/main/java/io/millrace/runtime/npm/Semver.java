package io.millrace.runtime.npm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * A compact semver range matcher: exact versions, {@code ^}, {@code ~}, comparators ({@code >=},
 * {@code >}, {@code <=}, {@code <}, {@code =}), x-ranges ({@code 1.x}, {@code 1.2.*}, {@code 1}),
 * {@code *} / empty, hyphen ranges ({@code 1.0.0 - 2.0.0}), space-separated (and) and {@code ||} (or).
 * Pre-release versions only match ranges that name a pre-release explicitly on the same version.
 */
public final class Semver {

    private Semver() {
    }

    /** True when {@code range} is an exact version such as {@code 1.2.3}. */
    public static boolean isExact(String range) {
        return range != null && range.trim().matches("v?\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");
    }

    /** Whether {@code version} satisfies {@code range}. */
    public static boolean satisfies(String version, String range) {
        int[] v = parse(version);
        if (v == null) {
            return false;
        }
        String r = range == null ? "" : range.trim();
        for (String alternative : r.split("\\|\\|")) {
            if (matchesAll(v, version, alternative.trim())) {
                return true;
            }
        }
        return false;
    }

    /** The highest of {@code versions} satisfying {@code range}, or null. */
    public static String maxSatisfying(Collection<String> versions, String range) {
        String best = null;
        for (String version : versions) {
            if (satisfies(version, range) && (best == null || compare(version, best) > 0)) {
                best = version;
            }
        }
        return best;
    }

    /** Compares two versions by precedence (pre-releases sort before their release). */
    public static int compare(String a, String b) {
        int[] x = parse(a);
        int[] y = parse(b);
        for (int i = 0; i < 4; i++) {
            int c = Integer.compare(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return x[3] == 0 ? prerelease(a).compareTo(prerelease(b)) : 0;
    }

    /** major, minor, patch, and 1 for a release or 0 for a pre-release; null if not a version. */
    static int[] parse(String version) {
        if (version == null) {
            return null;
        }
        String v = version.trim();
        if (v.startsWith("v") || v.startsWith("=")) {
            v = v.substring(1);
        }
        int plus = v.indexOf('+');
        if (plus >= 0) {
            v = v.substring(0, plus);
        }
        int dash = v.indexOf('-');
        String core = dash >= 0 ? v.substring(0, dash) : v;
        String[] parts = core.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                    dash >= 0 ? 0 : 1};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String prerelease(String version) {
        int dash = version.indexOf('-');
        return dash >= 0 ? version.substring(dash + 1) : "";
    }

    private static boolean matchesAll(int[] v, String version, String set) {
        List<Predicate<int[]>> tests = new ArrayList<>();
        boolean allowPre = v[3] == 1;
        String s = set.replaceAll("(>=|<=|>|<|=|\\^|~)\\s+", "$1");
        String[] tokens = s.isEmpty() ? new String[0] : s.split("\\s+");
        if (tokens.length == 3 && "-".equals(tokens[1])) {
            tokens = new String[] {">=" + tokens[0], upperInclusive(tokens[2])};
        }
        for (String token : tokens) {
            if (token.isEmpty() || token.equals("*") || token.equalsIgnoreCase("x") || token.equals("latest")) {
                continue;
            }
            String op = token.replaceAll("^(>=|<=|>|<|=|\\^|~)?.*$", "$1");
            String rest = token.substring(op.length());
            if (rest.startsWith("v")) {
                rest = rest.substring(1);
            }
            String[] p = rest.split("-", 2)[0].split("\\.");
            int count = 0;
            int[] b = new int[3];
            for (int i = 0; i < Math.min(3, p.length); i++) {
                if (p[i].equals("x") || p[i].equals("X") || p[i].equals("*")) {
                    break;
                }
                try {
                    b[i] = Integer.parseInt(p[i]);
                } catch (NumberFormatException e) {
                    return false;
                }
                count++;
            }
            final int n = count;
            if (!allowPre && rest.contains("-") && n == 3 && v[0] == b[0] && v[1] == b[1] && v[2] == b[2]) {
                allowPre = true; // the range names a pre-release of this very version
            }
            String pre = rest.contains("-") ? rest.substring(rest.indexOf('-') + 1) : null;
            int[] lo = {b[0], b[1], b[2], pre == null ? 1 : 0};
            switch (op) {
                case "^" -> {
                    int[] hi = n == 0 ? null : b[0] > 0 || n == 1 ? new int[] {b[0] + 1, 0, 0, 0}
                            : b[1] > 0 || n == 2 ? new int[] {0, b[1] + 1, 0, 0} : new int[] {0, 0, b[2] + 1, 0};
                    tests.add(x -> cmp(x, version, lo, pre) >= 0 && (hi == null || cmp(x, version, hi, "") < 0));
                }
                case "~" -> {
                    int[] hi = n <= 1 ? new int[] {b[0] + 1, 0, 0, 0} : new int[] {b[0], b[1] + 1, 0, 0};
                    tests.add(x -> cmp(x, version, lo, pre) >= 0 && (n == 0 || cmp(x, version, hi, "") < 0));
                }
                case ">=" -> tests.add(x -> n == 0 || cmp(x, version, lo, pre) >= 0);
                case ">" -> {
                    int[] hi = bump(b, n);
                    tests.add(x -> n != 0 && cmp(x, version, n == 3 ? lo : hi, n == 3 ? pre : "") > (n == 3 ? 0 : -1));
                }
                case "<" -> tests.add(x -> n != 0 && cmp(x, version, n == 3 ? lo : new int[] {b[0], b[1], b[2], 0}, n == 3 ? pre : "") < 0);
                case "<=" -> {
                    int[] hi = bump(b, n);
                    tests.add(x -> n == 0 || (n == 3 ? cmp(x, version, lo, pre) <= 0 : cmp(x, version, hi, "") < 0));
                }
                default -> {
                    if (n == 3) {
                        tests.add(x -> cmp(x, version, lo, pre) == 0);
                    } else if (n > 0) {
                        int[] hi = bump(b, n);
                        tests.add(x -> cmp(x, version, lo, null) >= 0 && cmp(x, version, hi, "") < 0);
                    }
                }
            }
        }
        if (!allowPre) {
            return false;
        }
        for (Predicate<int[]> test : tests) {
            if (!test.test(v)) {
                return false;
            }
        }
        return true;
    }

    private static String upperInclusive(String version) {
        return "<=" + version;
    }

    /** The lowest version above a partial {@code b} of {@code n} parts, as a pre-release floor. */
    private static int[] bump(int[] b, int n) {
        return n == 1 ? new int[] {b[0] + 1, 0, 0, 0} : n == 2 ? new int[] {b[0], b[1] + 1, 0, 0}
                : new int[] {b[0], b[1], b[2] + 1, 0};
    }

    /** Compares version x (text {@code xs}) to bound b with pre-release {@code pre} ("" lowest, null: release). */
    private static int cmp(int[] x, String xs, int[] b, String pre) {
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(x[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        if (x[3] == 1) {
            return b[3] == 1 || pre == null ? 0 : 1;
        }
        if (pre == null || (b[3] == 0 && pre.isEmpty())) {
            return pre == null ? -1 : 1;
        }
        return prerelease(xs).compareTo(pre);
    }
}
