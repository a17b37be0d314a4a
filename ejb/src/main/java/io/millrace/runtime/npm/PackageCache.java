package io.millrace.runtime.npm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Unpacked packages on disk: {@code <dir>/<name>@<version>/package/...} (a scoped name's "/" is kept as a
 * sub-directory). Each version is downloaded once; it is unpacked into a temporary directory and moved
 * into place, so a directory that exists is complete. Thread-safe.
 */
public final class PackageCache {

    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;

    private final Path dir;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    public PackageCache(Path dir) {
        try {
            this.dir = Files.createDirectories(dir).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Where {@code name@version}'s files are (its {@code package/} directory), whether or not it is cached. */
    public Path packageDir(String name, String version) {
        return dir.resolve(name + "@" + version).resolve("package");
    }

    public boolean contains(String name, String version) {
        return Files.isDirectory(packageDir(name, version));
    }

    /** The package's directory, downloading and unpacking it first when it is not cached. */
    public Path ensure(NpmRegistry registry, NpmRegistry.Version version) {
        Path target = packageDir(version.name(), version.version());
        if (Files.isDirectory(target)) {
            return target;
        }
        synchronized (locks.computeIfAbsent(version.name() + "@" + version.version(), k -> new Object())) {
            if (Files.isDirectory(target)) {
                return target;
            }
            if (version.tarball() == null) {
                throw new PackageException(version.name(), "package '" + version.name() + "@" + version.version() + "' has no tarball");
            }
            byte[] tgz = registry.tarball(version.name(), version.tarball());
            Path tmp = null;
            try {
                Files.createDirectories(target.getParent().getParent());
                tmp = Files.createTempDirectory(dir, ".unpack-");
                unpack(version.name(), new ByteArrayInputStream(tgz), tmp.resolve("package"));
                Files.createDirectories(target.getParent());
                Files.move(tmp.resolve("package"), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new PackageException(version.name(), "package '" + version.name() + "' could not be unpacked: " + e.getMessage(), e);
            } finally {
                if (tmp != null) {
                    deleteTree(tmp);
                }
            }
            return target;
        }
    }

    /**
     * Unpacks a gzipped tar into {@code into}, stripping each entry's first path segment (npm tarballs hold
     * {@code package/...}). Only regular files and directories are kept; entries with "..", absolute paths,
     * links and devices are skipped.
     */
    static void unpack(String name, InputStream tgz, Path into) throws IOException {
        Files.createDirectories(into);
        long total = 0;
        try (InputStream in = new GZIPInputStream(tgz)) {
            byte[] header = new byte[512];
            String longName = null;
            String paxPath = null;
            while (in.readNBytes(header, 0, 512) == 512) {
                if (header[0] == 0) {
                    break;
                }
                String entry = text(header, 0, 100);
                String prefix = text(header, 345, 155);
                if (!prefix.isEmpty()) {
                    entry = prefix + "/" + entry;
                }
                long size = octal(header, 124, 12);
                char type = (char) header[156];
                byte[] data = in.readNBytes((int) size);
                if (data.length != size) {
                    throw new IOException("truncated tar");
                }
                in.skipNBytes((512 - size % 512) % 512);
                if (type == 'L') {
                    longName = new String(data, StandardCharsets.UTF_8).replace("\0", "");
                    continue;
                }
                if (type == 'x') {
                    paxPath = paxPath(new String(data, StandardCharsets.UTF_8));
                    continue;
                }
                if (type == 'g') {
                    continue;
                }
                if (longName != null) {
                    entry = longName;
                } else if (paxPath != null) {
                    entry = paxPath;
                }
                longName = null;
                paxPath = null;
                if (type != '0' && type != '\0' && type != '5') {
                    continue; // links, devices, fifos
                }
                int slash = entry.indexOf('/');
                String relative = slash < 0 ? "" : entry.substring(slash + 1);
                if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\")) {
                    continue;
                }
                Path out = into.resolve(relative).normalize();
                if (!out.startsWith(into) || out.equals(into)) {
                    continue;
                }
                if (type == '5') {
                    Files.createDirectories(out);
                    continue;
                }
                total += size;
                if (total > MAX_UNPACKED_BYTES) {
                    throw new PackageException(name, "package '" + name + "' is too large when unpacked");
                }
                Files.createDirectories(out.getParent());
                Files.write(out, data);
            }
        }
    }

    private static String paxPath(String records) {
        for (String line : records.split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0 && line.startsWith("path=", space + 1)) {
                return line.substring(space + 6);
            }
        }
        return null;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length) {
        String s = text(header, offset, length).trim();
        return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
