package io.millrace.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of the web module (see {@code WEB-INF/web.xml}): errors that the servlet container
 * answers itself (a URL it refuses, an exception that escapes a servlet, an {@code OutOfMemoryError}) get
 * the JSON error instead of Liberty's HTML page, which names classes and shows stack frames. A 5xx is
 * logged once with an incident id, which the answer carries.
 */
@WebServlet(urlPatterns = ContainerErrors.PATH)
public class ContainerErrors extends HttpServlet {
    static final String PATH = "/error";
    private static final Logger LOG = Logger.getLogger(ContainerErrors.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer given ? given : thrown != null ? 500 : 404;
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        ServletErrors.write(response, status, message(status, thrown), null);
    }

    private static String message(int status, Throwable thrown) {
        return switch (status) {
            case 400 -> "bad request: the URL path may not contain an encoded '/', '\\', '.' or '#' (%2F, %5C,"
                    + " %2E, %23), a % that starts no escape, or a malformed header";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 413 -> "the request body is too large";
            default -> status >= 500 ? incident(thrown) : reason(status);
        };
    }

    private static String incident(Throwable thrown) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "error answered by the container, incident " + incident, thrown);
        return "internal error (incident " + incident + ")";
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "error " + status : known.getReasonPhrase().toLowerCase(Locale.ROOT);
    }
}
