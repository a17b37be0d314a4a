package io.millrace.web.error;

import io.millrace.shared.Jsonp;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A {@code /v1} path with a {@code .} or {@code ..} segment (also as {@code %2E}) is a 400: the server
 * would resolve it (so {@code …/records/..} would address the store), and clients resolve it before
 * sending anyway. No API path has such a segment; a data-store record key that has one goes in
 * {@code …/record?key=}.
 */
@WebFilter(urlPatterns = "/v1/*", asyncSupported = true)
public class DotSegments extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!hasDotSegment(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(400);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(Jsonp.createObjectBuilder().add("error", Jsonp.createObjectBuilder()
                .add("status", 400).add("message", "the path has a . or .. segment, which clients and servers"
                        + " resolve away; a data store record key with such a segment goes in the query:"
                        + " /v1/data_stores/{id}/record?key=…")).build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the raw (still encoded) path has a segment {@code .} or {@code ..}, dots encoded or not. */
    static boolean hasDotSegment(String rawPath) {
        for (String segment : rawPath.split("/", -1)) {
            String s = segment.toLowerCase(Locale.ROOT).replace("%2e", ".");
            if (s.equals(".") || s.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
