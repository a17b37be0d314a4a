package io.millrace.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A component package: a set of files (path inside the package to text) with one entry file. It travels
 * through Millrace as a step's or component's {@code code}, encoded as text that starts with
 * {@link #HEADER} (one header line, then each file as {@code // file <path> <length>} followed by its
 * text), so everything that copies, pins or hashes code carries the whole package. Once its npm packages are
 * resolved, their exact versions are part of it too ({@link #npm()}, a {@code // npm name=version ...} line),
 * so the package's code, and its hash, pin them. The encoding is deterministic: files in path order. Paths
 * are relative, use "/", and never contain "." or ".." segments.
 */
public record ComponentPackage(String entry, SortedMap<String, String> files, SortedMap<String, String> npm) {

    /** How an encoded package starts. */
    public static final String HEADER = "// millrace-package v1 entry=";
    /** The most bytes (UTF-8) all files of a package may hold together. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;
    /** The most files a package may hold. */
    public static final int MAX_FILES = 2000;
    private static final String FILE = "// file ";
    private static final String NPM = "// npm";
    /** Packages decoded lately, by code (each run and check of a package decodes it; this makes that cheap). */
    private static final int REMEMBERED = 64;
    private static final Map<String, ComponentPackage> DECODED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<ComponentPackage, String> IDS =
            Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    public ComponentPackage {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        npm = Collections.unmodifiableSortedMap(new TreeMap<>(npm == null ? Map.of() : npm));
    }

    public ComponentPackage(String entry, SortedMap<String, String> files) {
        this(entry, files, null);
    }

    /** This package with its npm packages pinned to {@code versions} (install path or name to exact version). */
    public ComponentPackage withNpm(Map<String, String> versions) {
        return new ComponentPackage(entry, files, new TreeMap<>(versions));
    }

    /** A package of {@code files} with {@code entry}; the paths are checked and normalized. */
    public static ComponentPackage of(String entry, Map<String, String> files) {
        SortedMap<String, String> clean = new TreeMap<>();
        long bytes = 0;
        for (Map.Entry<String, String> e : files.entrySet()) {
            String path = PackagePaths.clean(e.getKey());
            if (path == null) {
                throw new PackageProblem("files", "the file path " + quote(e.getKey())
                        + " is not a relative path inside the package");
            }
            String text = e.getValue() == null ? "" : e.getValue();
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
            if (clean.put(path, text) != null) {
                throw new PackageProblem("files", "the file " + quote(path) + " is given twice");
            }
        }
        if (clean.size() > MAX_FILES) {
            throw new PackageProblem("files", "the package has more than " + MAX_FILES + " files");
        }
        if (bytes > MAX_BYTES) {
            throw new PackageProblem("files", "the package's files are larger than " + MAX_BYTES + " bytes in all ("
                    + bytes + " bytes)");
        }
        String main = entry == null ? null : PackagePaths.clean(entry);
        if (main == null || !clean.containsKey(main)) {
            throw new PackageProblem("entry", entry == null ? "entry is required: the path of the component's file in the package"
                    : "the entry " + quote(entry) + " is not a file of the package");
        }
        return new ComponentPackage(main, clean);
    }

    /** True when {@code code} is an encoded package rather than a single module. */
    public static boolean isPackage(String code) {
        return code != null && code.startsWith(HEADER);
    }

    /** The package {@code code} encodes. */
    public static ComponentPackage decode(String code) {
        if (!isPackage(code)) {
            throw new IllegalArgumentException("not a component package");
        }
        ComponentPackage known = DECODED.get(code);
        if (known != null) {
            return known;
        }
        ComponentPackage decoded = parse(code);
        if (DECODED.size() >= REMEMBERED) {
            DECODED.clear();
        }
        DECODED.put(code, decoded);
        return decoded;
    }

    private static ComponentPackage parse(String code) {
        int eol = code.indexOf('\n');
        String entry = code.substring(HEADER.length(), eol < 0 ? code.length() : eol);
        SortedMap<String, String> files = new TreeMap<>();
        SortedMap<String, String> npm = new TreeMap<>();
        int at = eol < 0 ? code.length() : eol + 1;
        if (code.startsWith(NPM, at)) {
            int end = code.indexOf('\n', at);
            for (String pin : code.substring(at + NPM.length(), end).trim().split(" ")) {
                int eq = pin.lastIndexOf('=');
                if (eq > 0) {
                    npm.put(pin.substring(0, eq), pin.substring(eq + 1));
                }
            }
            at = end + 1;
        }
        while (at < code.length()) {
            int end = code.indexOf('\n', at);
            String line = code.substring(at, end);
            if (!line.startsWith(FILE)) {
                throw new IllegalArgumentException("malformed component package at " + at);
            }
            int space = line.lastIndexOf(' ');
            String path = line.substring(FILE.length(), space);
            int length = Integer.parseInt(line.substring(space + 1));
            files.put(path, code.substring(end + 1, end + 1 + length));
            at = end + 1 + length + 1;
        }
        return new ComponentPackage(entry, files, npm);
    }

    /** The text of this package as {@code code}. */
    public String encode() {
        StringBuilder out = new StringBuilder(HEADER).append(entry).append('\n');
        if (!npm.isEmpty()) {
            out.append(NPM);
            npm.forEach((name, version) -> out.append(' ').append(name).append('=').append(version));
            out.append('\n');
        }
        files.forEach((path, text) -> out.append(FILE).append(path).append(' ').append(text.length()).append('\n')
                .append(text).append('\n'));
        return out.toString();
    }

    /** The entry file's text. */
    public String entryCode() {
        return files.get(entry);
    }

    /** A short id of the package's content (16 hex digits of its SHA-256), for its virtual directory. */
    public String id() {
        String known = IDS.get(this);
        if (known != null) {
            return known;
        }
        String id = digest();
        synchronized (IDS) {
            if (IDS.size() >= REMEMBERED) {
                IDS.clear();
            }
            IDS.put(this, id);
        }
        return id;
    }

    private String digest() {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(encode().getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The package's own package.json (at its root), or null. */
    public String manifest() {
        return files.get("package.json");
    }

    static String quote(String text) {
        return "'" + text + "'";
    }
}
