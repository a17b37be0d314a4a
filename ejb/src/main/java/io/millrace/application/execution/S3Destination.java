package io.millrace.application.execution;

import io.millrace.application.filestore.ProjectFiles;
import io.millrace.runtime.S3Object;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.zip.GZIPOutputStream;

/**
 * The S3 destination ({@code $.send.s3}, seed page /workflows/data-management/destinations/s3), written to the
 * project's file store: when an execution ends, the payloads it sent to one bucket and prefix become one object,
 * newline-delimited JSON, gzipped, at {@code <bucket>/<prefix>/YYYY/MM/DD/HH/YYYY-MM-DD-HH-MM-SS-<identifier>.gz}
 * (the seed's object format, the bucket as the top folder). The identifier is a digest of the execution, bucket
 * and prefix, so writing the object again replaces it. A write that fails (the file store's limits, the database)
 * is tried again up to {@value #ATTEMPTS} times in all, {@value #FIRST_RETRY_MILLIS} ms then twice as long each
 * time; the payloads stay stored with the steps' results either way.
 */
@ApplicationScoped
public class S3Destination {
    private static final Logger LOG = Logger.getLogger(S3Destination.class.getName());
    static final int ATTEMPTS = 6;
    static final long FIRST_RETRY_MILLIS = 2000;
    private static final DateTimeFormatter FOLDERS = DateTimeFormatter.ofPattern("yyyy/MM/dd/HH").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss").withZone(ZoneOffset.UTC);

    @Inject
    ProjectFiles files;
    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    /** One object to write: its path in the file store and its gzipped lines. */
    record Upload(String path, byte[] gzip) {
    }

    /** Writes the S3 payloads of an execution that ended at {@code endedAt} into its project's file store. */
    public void deliver(String workspaceId, String projectId, String executionId, long endedAt, List<S3Object> objects) {
        if (objects.isEmpty() || files == null) {
            return;
        }
        for (Upload upload : uploads(executionId, endedAt, objects)) {
            attempt(workspaceId, projectId, executionId, upload, 1);
        }
    }

    private void attempt(String workspaceId, String projectId, String executionId, Upload upload, int attempt) {
        try {
            files.forRun(workspaceId, projectId).write(upload.path(), upload.gzip(), "application/gzip");
        } catch (RuntimeException e) {
            if (attempt >= ATTEMPTS || scheduler == null) {
                LOG.warning("$.send.s3 of execution " + executionId + " to " + upload.path() + " failed " + attempt
                        + " times and is given up: " + e.getMessage());
                return;
            }
            long delay = FIRST_RETRY_MILLIS << (attempt - 1);
            LOG.info("$.send.s3 of execution " + executionId + " to " + upload.path() + " failed (" + e.getMessage()
                    + "); trying again in " + delay + " ms");
            scheduler.schedule(() -> attempt(workspaceId, projectId, executionId, upload, attempt + 1), delay,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** The objects of an execution's payloads: one per bucket and prefix, in the order they were first sent to. */
    static List<Upload> uploads(String executionId, long endedAt, List<S3Object> objects) {
        Map<String, List<S3Object>> byTarget = new LinkedHashMap<>();
        for (S3Object o : objects) {
            byTarget.computeIfAbsent(o.bucket() + "\n" + o.prefix(), k -> new ArrayList<>()).add(o);
        }
        List<Upload> out = new ArrayList<>();
        for (List<S3Object> group : byTarget.values()) {
            S3Object first = group.get(0);
            StringBuilder lines = new StringBuilder();
            group.forEach(o -> lines.append(o.payloadJson()).append('\n'));
            out.add(new Upload(path(first.bucket(), first.prefix(), Instant.ofEpochMilli(endedAt),
                    identifier(executionId, first)), gzip(lines.toString())));
        }
        return out;
    }

    static String path(String bucket, String prefix, Instant at, String identifier) {
        String p = prefix.replaceAll("^/+", "").replaceAll("/+$", "");
        return bucket + "/" + (p.isEmpty() ? "" : p + "/") + FOLDERS.format(at) + "/" + STAMP.format(at) + "-"
                + identifier + ".gz";
    }

    private static String identifier(String executionId, S3Object target) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((executionId + "\n" + target.bucket() + "\n" + target.prefix())
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
