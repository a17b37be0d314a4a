package io.millrace.web.error;

import io.millrace.shared.Jsonp;
import io.millrace.shared.Quoted;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON error of {@link ErrorBody}, written straight to a servlet response: for the answers that servlet
 * filters and error pages give before or outside JAX-RS.
 */
public final class ServletErrors {
    private ServletErrors() {
    }

    /**
     * Writes {@code {"error": {"status", "message", "field"?}}} with that status, bounded like {@link ErrorBody};
     * {@code field} may be null.
     */
    public static void write(HttpServletResponse response, int status, String message, String field)
            throws IOException {
        JsonObjectBuilder error = Jsonp.createObjectBuilder().add("status", status)
                .add("message", Quoted.message(message));
        if (field != null) {
            error.add("field", Quoted.message(field));
        }
        byte[] body = Jsonp.createObjectBuilder().add("error", error).build().toString()
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
