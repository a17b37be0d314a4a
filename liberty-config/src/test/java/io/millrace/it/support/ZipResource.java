package io.millrace.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A zip file of the test classpath, unpacked into a directory (e.g. a server's data directory). */
public final class ZipResource {
    private ZipResource() {
    }

    /** Unpacks {@code resource} (a classpath path such as {@code /migration/data.zip}) into {@code directory}. */
    public static void unpack(String resource, Path directory) throws IOException {
        Path root = directory.toAbsolutePath().normalize();
        try (InputStream in = ZipResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no " + resource + " on the test classpath (src/test/resources)");
            }
            try (ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    Path target = root.resolve(entry.getName()).normalize();
                    if (!target.startsWith(root)) {
                        throw new AssertionError(resource + " has an entry outside its directory: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(zip, target);
                    }
                }
            }
        }
    }
}
