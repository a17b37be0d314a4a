package io.millrace.web.trigger;

import io.millrace.application.response.Accepted;
import io.millrace.application.intake.Endpoint;
import io.millrace.application.intake.HttpTriggerIntake;
import io.millrace.application.intake.QueueFullException;
import io.millrace.runtime.HttpReply;
import io.millrace.shared.Jsonp;
import io.millrace.shared.Quoted;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP trigger endpoints: any method to {@code /e/<key>} or any path under it runs the workflow, or
 * the source whose {@code $.interface.http} has that key (the intake finds which, once per request; the
 * event is built once, for that target). The event is stored and queued before the
 * answer; the answer is the default body, or the response a step gives with {@code $.respond} (a
 * source with {@code customResponse: true}: with {@code this.http.respond}).
 */
@WebServlet(urlPatterns = "/e/*", asyncSupported = true)
public class HttpTriggerServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(HttpTriggerServlet.class.getName());
    static final String DEFAULT_BODY = "<p><b>Success!</b></p>\n"
            + "<p>To customize this response, use <code>$.respond()</code> in a step of your workflow.</p>\n";

    @Inject
    HttpTriggerIntake intake;
    @Inject
    @ConfigProperty(name = "millrace.http.max.body.bytes", defaultValue = "524288")
    int maxBodyBytes;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String rest = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int slash = rest.indexOf('/');
        String key = slash < 0 ? rest : rest.substring(0, slash);
        String subPath = slash < 0 ? "/" : rest.substring(slash);
        if (key.isEmpty()) {
            Replies.error(response, 404, "no endpoint key in the URL");
            return;
        }
        if ("OPTIONS".equals(request.getMethod())) {
            Replies.cors(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxBodyBytes + 1L);
        try {
            Endpoint endpoint = intake.find(key).orElse(null);
            if (endpoint == null) {
                Replies.error(response, 404, "no active workflow or source has this endpoint");
                return;
            }
            if (body.length > maxBodyBytes) {
                String tooLarge = "the request body exceeds the limit of " + maxBodyBytes + " bytes";
                JsonObject event = HttpEvents.event(request, subPath, null, endpoint.isSource());
                intake.reject(endpoint, event, "Request Entity Too Large", tooLarge);
                response.setHeader("Connection", "close"); // the rest of the body is not read
                Replies.error(response, 413, "Payload Too Large: " + tooLarge);
                return;
            }
            JsonObject event = HttpEvents.event(request, subPath, body, endpoint.isSource());
            Accepted accepted = intake.accept(endpoint, event);
            if (accepted.reply() == null) {
                Replies.text(response, 200, "text/html; charset=utf-8", DEFAULT_BODY);
            } else {
                awaitReply(request, response, accepted);
            }
        } catch (QueueFullException e) {
            response.setHeader("Retry-After", Integer.toString(e.retryAfterSeconds()));
            Replies.error(response, 429, QueueFullException.NAME + ": " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not accept an event for endpoint " + key, e);
            Replies.error(response, 500, "the event could not be accepted; nothing was run");
        }
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
                            Replies.write(out, reply);
                        } else {
                            Replies.error(out, 504, "the workflow or source did not respond in time");
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

    /** Writing the answers of trigger endpoints. */
    static final class Replies {
        private Replies() {
        }

        static void write(HttpServletResponse response, HttpReply reply) throws IOException {
            response.setStatus(reply.status());
            reply.headers().forEach(response::setHeader);
            if (response.getContentType() == null) {
                response.setContentType(reply.json() ? "application/json; charset=utf-8" : "text/plain; charset=utf-8");
            }
            response.setContentLength(reply.body().length);
            response.getOutputStream().write(reply.body());
        }

        static void text(HttpServletResponse response, int status, String type, String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            response.setStatus(status);
            response.setContentType(type);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }

        static void error(HttpServletResponse response, int status, String message) throws IOException {
            String body = Jsonp.createObjectBuilder().add("error", Jsonp.createObjectBuilder()
                    .add("status", status).add("message", Quoted.message(message))).build().toString();
            text(response, status, "application/json", body);
        }

        /** The seed's CORS answer to OPTIONS: any origin, the standard methods. */
        static void cors(HttpServletRequest request, HttpServletResponse response) {
            response.setStatus(200);
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Access-Control-Allow-Methods", "GET,HEAD,PUT,PATCH,POST,DELETE");
            String asked = request.getHeader("Access-Control-Request-Headers");
            if (asked != null) {
                response.setHeader("Access-Control-Allow-Headers", asked);
            }
            response.setContentLength(0);
        }
    }
}
