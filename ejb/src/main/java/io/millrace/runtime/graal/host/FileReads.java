package io.millrace.runtime.graal.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The fs operations that read {@code /tmp}: exists, read, readdir, stat and access. */
final class FileReads {

    private final FileJail jail;

    FileReads(FileJail jail) {
        this.jail = jail;
    }

    boolean exists(String guest) {
        try {
            return Files.exists(jail.map(guest, "access", true));
        } catch (FsError e) {
            return false;
        }
    }

    Object read(String guest) throws FsError {
        Path path = jail.map(guest, "open", true);
        if (Files.isDirectory(path)) {
            throw FsError.of("EISDIR", "read", null);
        }
        try {
            return HostBlob.of(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FsError.of(e, "open", guest, null);
        } catch (OutOfMemoryError e) {
            throw FsError.of("ENOSPC", "read", guest);
        }
    }

    /** The entries of a directory as the JSON list of {@code [name, type]}, sorted by name. */
    Object readdir(String guest) throws FsError {
        Path path = jail.map(guest, "scandir", true);
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw FsError.of("ENOTDIR", "scandir", guest);
        }
        List<List<String>> entries = new ArrayList<>();
        try (Stream<Path> children = Files.list(path)) {
            children.sorted().forEach(child -> entries.add(List.of(child.getFileName().toString(), typeOf(child))));
        } catch (IOException e) {
            throw FsError.of(e, "scandir", guest, null);
        }
        return JsonStrings.write(entries);
    }

    /** The JSON of what lib/fs.js makes a Stats of; {@code follow}: stat, else lstat. */
    Object stat(String guest, boolean follow) throws FsError {
        String syscall = follow ? "stat" : "lstat";
        Path path = jail.map(guest, syscall, follow);
        try {
            BasicFileAttributes attrs = follow ? Files.readAttributes(path, BasicFileAttributes.class)
                    : Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Map<String, Object> stat = new LinkedHashMap<>();
            String type = attrs.isDirectory() ? "dir" : attrs.isSymbolicLink() ? "link" : attrs.isRegularFile() ? "file" : "other";
            stat.put("type", type);
            stat.put("size", attrs.size());
            stat.put("mode", switch (type) {
                case "dir" -> 040755;
                case "link" -> 0120777;
                default -> 0100644;
            });
            stat.put("ino", attrs.fileKey() == null ? 0 : Math.abs(attrs.fileKey().hashCode()));
            stat.put("mtimeMs", attrs.lastModifiedTime().toMillis());
            stat.put("atimeMs", attrs.lastAccessTime().toMillis());
            stat.put("ctimeMs", attrs.lastModifiedTime().toMillis());
            stat.put("birthtimeMs", attrs.creationTime().toMillis());
            return JsonStrings.write(stat);
        } catch (IOException e) {
            throw FsError.of(e, syscall, guest, null);
        }
    }

    Object access(String guest) throws FsError {
        if (!Files.exists(jail.map(guest, "access", true))) {
            throw FsError.of("ENOENT", "access", guest);
        }
        return null;
    }

    private static String typeOf(Path path) {
        if (Files.isSymbolicLink(path)) {
            return "link";
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return "dir";
        }
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? "file" : "other";
    }
}
