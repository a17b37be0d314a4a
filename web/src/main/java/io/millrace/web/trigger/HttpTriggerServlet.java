package io.millrace.web.trigger;

import io.millrace.application.intake.Endpoint;
import io.millrace.application.intake.HttpTriggerIntake;
import io.millrace.application.intake.QueueFullException;
import io.millrace.application.intake.TriggerUploads;
import io.millrace.application.response.Accepted;
import io.millrace.shared.Jsonp;
import io.millrace.shared.TooLargeException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP trigger endpoints: any method to {@code /e/<key>} or any path under it runs the workflow, or the source
 * whose {@code $.interface.http} has that key. A trigger with {@code auth} first needs its Bearer token (401
 * otherwise). The body becomes the event's body: parsed JSON or form fields, {@code multipart/form-data} with its
 * files in the file store ({@link MultipartBodies}), or with {@code x-pd-upload-body: 1} the raw body in the file
 * store ({@code body.raw_body_url}). {@code x-pd-notrigger: 1} records a test event and runs nothing. The event is
 * stored and queued before the answer; the answer is the default body, or the response a step gives with
 * {@code $.respond}. Every answer carries {@code Access-Control-Allow-Origin: *}.
 */
@WebServlet(urlPatterns = "/e/*", asyncSupported = true)
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class HttpTriggerServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(HttpTriggerServlet.class.getName());
    static final String DEFAULT_BODY = "<p><b>Success!</b></p>\n"
            + "<p>To customize this response, use <code>$.respond()</code> in a step of your workflow.</p>\n";
    static final String TOO_LARGE = "Request Entity Too Large";

    @Inject
    HttpTriggerIntake intake;
    @Inject
    TriggerUploads uploads;
    @Inject
    @ConfigProperty(name = "millrace.http.max.body.bytes", defaultValue = "524288")
    int maxBodyBytes;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String rest = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int slash = rest.indexOf('/');
        String key = slash < 0 ? rest : rest.substring(0, slash);
        String subPath = slash < 0 ? "/" : rest.substring(slash);
        TriggerReplies.allowAnyOrigin(response);
        if (key.isEmpty()) {
            TriggerReplies.error(response, 404, "no endpoint key in the URL");
            return;
        }
        if ("OPTIONS".equals(request.getMethod())) {
            TriggerReplies.cors(request, response);
            return;
        }
        try {
            Endpoint endpoint = intake.find(key).orElse(null);
            if (endpoint == null) {
                TriggerReplies.error(response, 404, "no active workflow or source has this endpoint");
                return;
            }
            if (!intake.authorized(endpoint, request.getHeader("Authorization"))) {
                response.setHeader("WWW-Authenticate", "Bearer");
                response.setHeader("Connection", "close"); // the body is not read
                TriggerReplies.error(response, 401, "Unauthorized: this endpoint needs its token as "
                        + "'Authorization: Bearer <token>'");
                return;
            }
            JsonObject event = eventOf(request, response, endpoint, subPath);
            if (event == null) {
                return;
            }
            if (PdParams.of(request).noTrigger() && uploads.recordTest(endpoint, event)) {
                TriggerReplies.text(response, 200, "text/html; charset=utf-8", DEFAULT_BODY);
                return;
            }
            Accepted accepted = intake.accept(endpoint, event);
            if (accepted.reply() == null) {
                TriggerReplies.text(response, 200, "text/html; charset=utf-8", DEFAULT_BODY);
            } else {
                awaitReply(request, response, accepted);
            }
        } catch (QueueFullException e) {
            response.setHeader("Retry-After", Integer.toString(e.retryAfterSeconds()));
            TriggerReplies.error(response, 429, "Too Many Requests: " + QueueFullException.NAME + ": " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not accept an event for endpoint " + key, e);
            TriggerReplies.error(response, 500, "the event could not be accepted; nothing was run");
        }
    }

    /** The event of the request, or null when the request was refused (and answered, and recorded). */
    private JsonObject eventOf(HttpServletRequest request, HttpServletResponse response, Endpoint endpoint,
                               String subPath) throws IOException {
        JsonValue body;
        try {
            if (PdParams.of(request).uploadBody()) {
                TriggerUploads.Upload upload;
                try (InputStream in = request.getInputStream()) {
                    upload = uploads.store(endpoint, "body", in, request.getContentType());
                }
                body = Jsonp.createObjectBuilder().add("raw_body_url", upload.url()).build();
            } else if (MultipartBodies.applies(request)) {
                body = MultipartBodies.parse(request, endpoint, uploads, maxBodyBytes);
            } else {
                byte[] bytes = readAtMost(request.getInputStream(), maxBodyBytes + 1L);
                if (bytes.length > maxBodyBytes) {
                    refuse(request, response, endpoint, subPath, 413, TOO_LARGE,
                            "the request body exceeds the limit of " + maxBodyBytes + " bytes");
                    return null;
                }
                return HttpEvents.event(request, subPath, bytes, endpoint.isSource());
            }
        } catch (TooLargeException | MultipartBodies.FieldsTooLarge e) {
            refuse(request, response, endpoint, subPath, 413, TOO_LARGE, e.getMessage());
            return null;
        } catch (MultipartBodies.Malformed e) {
            refuse(request, response, endpoint, subPath, 400, "Bad Request", e.getMessage());
            return null;
        }
        return HttpEvents.event(request, subPath, body, endpoint.isSource());
    }

    /** Records the refused request (its event without a body) and answers it. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, Endpoint endpoint, String subPath,
                        int status, String name, String message) throws IOException {
        JsonObject event = HttpEvents.event(request, subPath, (byte[]) null, endpoint.isSource());
        intake.reject(endpoint, event, name, message);
        response.setHeader("Connection", "close"); // the rest of the body is not read
        TriggerReplies.error(response, status, (status == 413 ? "Payload Too Large: " : "Bad Request: ") + message);
    }

    private void awaitReply(HttpServletRequest request, HttpServletResponse response, Accepted accepted) {
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        accepted.reply()
                .orTimeout(accepted.timeoutSeconds() + 15L, TimeUnit.SECONDS)
                .whenComplete((reply, failure) -> {
                    try {
                        HttpServletResponse out = (HttpServletResponse) async.getResponse();
                        if (reply != null) {
                            TriggerReplies.write(out, reply);
                        } else {
                            TriggerReplies.error(out, 504, "the workflow or source did not respond in time");
                        }
                    } catch (IOException | RuntimeException e) {
                        LOG.log(Level.FINE, "client went away", e);
                    } finally {
                        async.complete();
                    }
                });
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return out.toByteArray();
    }
}
