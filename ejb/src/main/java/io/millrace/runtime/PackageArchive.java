package io.millrace.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of a component package held in a zip or gzipped tar archive, or in a directory (an npm package in
 * the cache): the {@code .mjs}, {@code .js}, {@code .cjs} and {@code .json} files outside {@code node_modules}
 * and hidden directories (other files are skipped), path to UTF-8 text. Reading stops at
 * {@link #MAX_UNPACKED_BYTES} unpacked bytes, and an archive that unpacks to more than {@link #MAX_RATIO} times
 * its size (beyond the first mebibyte) is refused as a zip bomb; the files kept are limited as
 * {@link ComponentPackage} limits them. When every file is under one top-level directory (as in GitHub's and
 * npm's archives) it is removed from the paths, unless {@code entry} names a file with it.
 */
public final class PackageArchive {

    /** The most bytes an archive may unpack to, all entries together (skipped ones too). */
    public static final long MAX_UNPACKED_BYTES = 32L * 1024 * 1024;
    /** The most an archive may unpack to, as a multiple of its own size (beyond the first MiB). */
    public static final int MAX_RATIO = 100;

    private PackageArchive() {
    }

    /** The package's files in a zip or tar.gz archive. */
    public static Map<String, String> fromArchive(byte[] archive, String entry, String field) {
        Map<String, String> files = new LinkedHashMap<>();
        Budget budget = new Budget(archive.length, field);
        try {
            if (archive.length > 4 && archive[0] == 'P' && archive[1] == 'K' && archive[2] == 3 && archive[3] == 4) {
                zip(archive, files, budget, field);
            } else if (archive.length > 2 && (archive[0] & 0xff) == 0x1f && (archive[1] & 0xff) == 0x8b) {
                tar(new GZIPInputStream(new ByteArrayInputStream(archive)), files, budget, field);
            } else {
                throw new PackageProblem(field, field + " is neither a zip nor a gzipped tar (.tar.gz, .tgz) archive");
            }
        } catch (IOException e) {
            throw new PackageProblem(field, field + " could not be unpacked: " + e.getMessage());
        }
        return withoutCommonRoot(files, entry);
    }

    /** The package's files in a directory. */
    public static Map<String, String> fromDirectory(Path dir, String field) {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) paths::iterator) {
                String rel = dir.relativize(file).toString().replace('\\', '/');
                if (Files.isRegularFile(file) && keep(rel)) {
                    files.put(rel, text(Files.readAllBytes(file), rel, field));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** True for the files a package keeps: code and JSON, not in node_modules or a hidden directory. */
    static boolean keep(String path) {
        if (!(PackagePaths.isCode(path) || path.endsWith(".json")) || path.endsWith("/") || path.contains("\\")) {
            return false;
        }
        for (String part : path.split("/")) {
            if (part.equals("node_modules") || part.equals("..") || (part.startsWith(".") && !part.equals("."))) {
                return false;
            }
        }
        return true;
    }

    private static void zip(byte[] archive, Map<String, String> files, Budget budget, String field) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = budget.read(in, -1);
                if (!e.isDirectory() && keep(e.getName())) {
                    files.put(e.getName(), text(data, e.getName(), field));
                }
            }
        }
    }

    private static void tar(InputStream in, Map<String, String> files, Budget budget, String field) throws IOException {
        byte[] header = new byte[512];
        String longName = null;
        while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
            budget.count(512);
            String name = string(header, 0, 100);
            String prefix = string(header, 345, 155);
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
            String size = string(header, 124, 12).trim();
            long length = size.isEmpty() ? 0 : Long.parseLong(size, 8);
            char type = (char) header[156];
            byte[] data = budget.read(in, length);
            budget.count(in.skip((512 - length % 512) % 512));
            if (type == 'L') {
                longName = new String(data, StandardCharsets.UTF_8).replace("\0", "");
                continue;
            }
            if (type == 'x' || type == 'g') {
                continue;
            }
            if (longName != null) {
                name = longName;
                longName = null;
            }
            if ((type == '0' || type == '\0') && keep(name)) {
                files.put(name, text(data, name, field));
            }
        }
    }

    private static Map<String, String> withoutCommonRoot(Map<String, String> files, String entry) {
        String root = null;
        for (String path : files.keySet()) {
            int slash = path.indexOf('/');
            String first = slash < 0 ? null : path.substring(0, slash + 1);
            if (first == null || (root != null && !root.equals(first))) {
                return files;
            }
            root = first;
        }
        if (root == null || (entry != null && files.containsKey(entry))) {
            return files;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            out.put(e.getKey().substring(root.length()), e.getValue());
        }
        return out;
    }

    private static String text(byte[] data, String path, String field) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw new PackageProblem(field, "the file '" + path + "' is not UTF-8 text");
        }
    }

    private static String string(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    /** Counts unpacked bytes against the limits. */
    private static final class Budget {
        private final long packed;
        private final String field;
        private long unpacked;

        Budget(long packed, String field) {
            this.packed = packed;
            this.field = field;
        }

        void count(long bytes) {
            unpacked += bytes;
            if (unpacked > MAX_UNPACKED_BYTES) {
                throw new PackageProblem(field, field + " unpacks to more than " + MAX_UNPACKED_BYTES
                        + " bytes (the limit); a zip bomb?", true);
            }
            if (unpacked > 1024 * 1024 && unpacked > packed * MAX_RATIO) {
                throw new PackageProblem(field, field + " unpacks to more than " + MAX_RATIO
                        + " times its size, which Millrace refuses as a zip bomb", true);
            }
        }

        /** Reads {@code length} bytes (all that is left when negative), in chunks, counting them. */
        byte[] read(InputStream in, long length) throws IOException {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            long left = length < 0 ? Long.MAX_VALUE : length;
            while (left > 0) {
                int n = in.read(chunk, 0, (int) Math.min(chunk.length, left));
                if (n < 0) {
                    if (length >= 0) {
                        throw new IOException("truncated archive");
                    }
                    break;
                }
                count(n);
                out.write(chunk, 0, n);
                left -= n;
            }
            return out.toByteArray();
        }
    }
}
