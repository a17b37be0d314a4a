package io.millrace.runtime.npm;

import java.util.Map;

/**
 * Install paths of a package tree, as in npm's lockfile without the leading {@code node_modules/}:
 * {@code "a"} at the top, {@code "a/node_modules/b"} nested under a (scoped names keep their "/").
 */
public final class TreePaths {

    /** What separates a package's install path from one nested under it. */
    public static final String NESTED = "/node_modules/";

    private TreePaths() {
    }

    /** The package name at an install path (its last part). */
    public static String name(String path) {
        int at = path.lastIndexOf(NESTED);
        return at < 0 ? path : path.substring(at + NESTED.length());
    }

    /** The install path a package is nested under, or null for one at the top. */
    public static String parent(String path) {
        int at = path.lastIndexOf(NESTED);
        return at < 0 ? null : path.substring(0, at);
    }

    /**
     * Where Node finds {@code name} from the package installed at {@code from} (null: from the top, e.g. the
     * step): its own node_modules, then each parent's, then the top; null when the tree has none.
     */
    public static String lookup(Map<String, String> tree, String from, String name) {
        for (String p = from; p != null; p = parent(p)) {
            if (tree.containsKey(p + NESTED + name)) {
                return p + NESTED + name;
            }
        }
        return tree.containsKey(name) ? name : null;
    }
}
