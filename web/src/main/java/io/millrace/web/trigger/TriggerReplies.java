package io.millrace.web.trigger;

import io.millrace.runtime.HttpReply;
import io.millrace.shared.Jsonp;
import io.millrace.shared.Quoted;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writing the answers of trigger endpoints. */
final class TriggerReplies {
    private TriggerReplies() {
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

    /** The header that lets a browser page of any origin read the answer (on every answer, seed: CORS). */
    static void allowAnyOrigin(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
    }

    /** The seed's CORS answer to OPTIONS: any origin, the standard methods. */
    static void cors(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(200);
        allowAnyOrigin(response);
        response.setHeader("Access-Control-Allow-Methods", "GET,HEAD,PUT,PATCH,POST,DELETE");
        String asked = request.getHeader("Access-Control-Request-Headers");
        if (asked != null) {
            response.setHeader("Access-Control-Allow-Headers", asked);
        }
        response.setContentLength(0);
    }
}
