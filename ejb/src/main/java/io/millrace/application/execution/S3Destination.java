package io.millrace.application.execution;

import io.millrace.application.accounts.AccountRefresh;
import io.millrace.application.accounts.AccountUnavailableException;
import io.millrace.application.filestore.ProjectFiles;
import io.millrace.shared.egress.EgressGuard;
import io.millrace.shared.http.RenewableHttpClient;
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
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
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
 * (the seed's object format, the bucket as the top folder). When the sending step's {@value #ACCOUNT_PROP} prop
 * names a connected account, the object goes instead to that account's S3-compatible endpoint ({@link S3Endpoint}),
 * at {@code <prefix>/YYYY/…gz} in the bucket, by a SigV4-signed PUT ({@link S3Put}). The identifier is a digest of
 * the execution, bucket, prefix (and account), so writing the object again replaces it. A write that fails (the
 * file store's limits, the database, the endpoint unreachable or answering 5xx, 408 or 429) is tried again up to
 * {@value #ATTEMPTS} times in all, {@value #FIRST_RETRY_MILLIS} ms then twice as long each time; an endpoint's
 * refusal (other 4xx: wrong keys, no such bucket), an account that is gone and an address the egress policy refuses
 * are not tried again. Each attempt's outcome is recorded with the execution ({@link DeliveryLog}). The payloads
 * stay stored with the steps' results either way.
 */
@ApplicationScoped
public class S3Destination {
    private static final Logger LOG = Logger.getLogger(S3Destination.class.getName());
    static final int ATTEMPTS = 6;
    static final long FIRST_RETRY_MILLIS = 2000;
    private static final DateTimeFormatter FOLDERS = DateTimeFormatter.ofPattern("yyyy/MM/dd/HH").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss").withZone(ZoneOffset.UTC);

    private static final RenewableHttpClient HTTP = new RenewableHttpClient("s3 destination", () -> HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build());

    /** The step prop whose connected account sends the step's payloads to an S3-compatible endpoint. */
    public static final String ACCOUNT_PROP = "aws";

    @Inject
    ProjectFiles files;
    @Inject
    AccountRefresh accounts;
    @Inject
    EgressGuard egress;
    @Inject
    DeliveryLog log;
    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    /**
     * One object to write: its bucket, its key in the bucket, its gzipped lines, and the connected account whose
     * endpoint takes it (null: the project's file store, at {@code <bucket>/<key>}).
     */
    record Upload(String bucket, String key, byte[] gzip, String account) {
        String path() {
            return bucket + "/" + key;
        }

        /** How the delivery is named in logs and in the execution's deliveries: the file store's path, or s3://… */
        String target() {
            return account == null ? path() : "s3://" + path();
        }
    }

    /** Writes the S3 payloads of an execution that ended at {@code endedAt} into its project's file store. */
    public void deliver(String workspaceId, String projectId, String executionId, long endedAt, List<S3Object> objects) {
        if (objects.isEmpty()) {
            return;
        }
        for (Upload upload : uploads(executionId, endedAt, objects)) {
            attempt(workspaceId, projectId, executionId, upload, 1);
        }
    }

    private void attempt(String workspaceId, String projectId, String executionId, Upload upload, int attempt) {
        S3Put.Result result;
        try {
            result = write(workspaceId, projectId, upload);
        } catch (RuntimeException e) {
            result = new S3Put.Result(false, !(e instanceof AccountUnavailableException
                    || e instanceof IllegalArgumentException), e.getMessage());
        }
        boolean again = !result.done() && result.retry() && attempt < ATTEMPTS && scheduler != null;
        record(executionId, upload, result.done() ? DeliveryLog.Status.DELIVERED
                : again ? DeliveryLog.Status.RETRYING : DeliveryLog.Status.FAILED, attempt, result.message());
        if (result.done()) {
            return;
        }
        if (!again) {
            LOG.warning("$.send.s3 of execution " + executionId + " to " + upload.target() + " failed "
                    + (result.retry() ? attempt + " times and is given up: " : "and is not tried again: ") + result.message());
            return;
        }
        long delay = FIRST_RETRY_MILLIS << (attempt - 1);
        LOG.info("$.send.s3 of execution " + executionId + " to " + upload.target() + " failed (" + result.message()
                + "); trying again in " + delay + " ms");
        scheduler.schedule(() -> attempt(workspaceId, projectId, executionId, upload, attempt + 1), delay,
                TimeUnit.MILLISECONDS);
    }

    private void record(String executionId, Upload upload, DeliveryLog.Status status, int attempt, String message) {
        if (log == null) {
            return;
        }
        try {
            log.record(executionId, "s3", upload.target(), status, attempt, message);
        } catch (RuntimeException e) {
            LOG.warning("$.send.s3 of execution " + executionId + ": its delivery could not be recorded: " + e);
        }
    }

    /** One attempt: into the file store (failures thrown), or a signed PUT to the account's endpoint. */
    private S3Put.Result write(String workspaceId, String projectId, Upload upload) {
        if (upload.account() == null) {
            files.forRun(workspaceId, projectId).write(upload.path(), upload.gzip(), "application/gzip");
            return S3Put.Result.DONE;
        }
        S3Endpoint endpoint = S3Endpoint.of(accounts.current(workspaceId, upload.account(), false));
        return new S3Put(HTTP, egress, Clock.systemUTC()).put(endpoint, upload.bucket(), upload.key(), upload.gzip(),
                "application/gzip");
    }

    /** The objects of an execution's payloads: one per bucket and prefix, in the order they were first sent to. */
    static List<Upload> uploads(String executionId, long endedAt, List<S3Object> objects) {
        Map<String, List<S3Object>> byTarget = new LinkedHashMap<>();
        for (S3Object o : objects) {
            byTarget.computeIfAbsent(o.bucket() + "\n" + o.prefix() + "\n" + o.account(), k -> new ArrayList<>()).add(o);
        }
        List<Upload> out = new ArrayList<>();
        for (List<S3Object> group : byTarget.values()) {
            S3Object first = group.get(0);
            StringBuilder lines = new StringBuilder();
            group.forEach(o -> lines.append(o.payloadJson()).append('\n'));
            out.add(new Upload(first.bucket(), key(first.prefix(), Instant.ofEpochMilli(endedAt),
                    identifier(executionId, first)), gzip(lines.toString()), first.account()));
        }
        return out;
    }

    /** The object's key in its bucket: {@code <prefix>/YYYY/MM/DD/HH/YYYY-MM-DD-HH-MM-SS-<identifier>.gz}. */
    static String key(String prefix, Instant at, String identifier) {
        String p = prefix.replaceAll("^/+", "").replaceAll("/+$", "");
        return (p.isEmpty() ? "" : p + "/") + FOLDERS.format(at) + "/" + STAMP.format(at) + "-" + identifier + ".gz";
    }

    private static String identifier(String executionId, S3Object target) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String account = target.account() == null ? "" : "\n" + target.account(); // the file store's as before
            return HexFormat.of().formatHex(sha.digest((executionId + "\n" + target.bucket() + "\n" + target.prefix() + account)
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
