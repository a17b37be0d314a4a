package io.millrace.web.limits;

import io.millrace.web.error.ServletErrors;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the body of every API request before anything parses or authenticates it, at most the
 * limit of its endpoint's class plus one byte, whatever {@code Content-Length} says (or when it is absent,
 * as with chunked bodies). A declared or actual body over the limit is a 413 with the JSON error, and the
 * rest of it is never read. The resources then read the body from memory. The HTTP trigger endpoints
 * ({@code /e/…}) are left to their servlet, which records a refused event, and file uploads
 * ({@code PUT /v1/projects/{id}/files/content}) to the file store, which streams them under its own limits.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class BodyLimitFilter extends HttpFilter {
    /** The HTTP trigger servlet, which applies (and records) its own limit. */
    private static final String TRIGGER_SERVLET = "/e";
    /** File uploads, which the file store reads as a stream under its own size limits. */
    private static final java.util.regex.Pattern FILE_UPLOAD = java.util.regex.Pattern.compile(
            "/v1/projects/[^/]+/files/content/?");

    @Inject
    @ConfigProperty(name = "millrace.api.max.body.bytes", defaultValue = "1048576")
    int apiMaxBytes;
    @Inject
    @ConfigProperty(name = "millrace.definition.max.body.bytes", defaultValue = "4194304")
    int definitionMaxBytes;
    private BodyLimits limits;

    @Override
    public void init() {
        limits = new BodyLimits(apiMaxBytes, definitionMaxBytes);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (TRIGGER_SERVLET.equals(request.getServletPath()) || ("PUT".equals(request.getMethod())
                && FILE_UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches())) {
            chain.doFilter(request, response);
            return;
        }
        int limit = limits.of(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()));
        if (request.getContentLengthLong() > limit) {
            refuse(response, limit);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(limit == Integer.MAX_VALUE ? limit : limit + 1);
        if (body.length > limit) {
            refuse(response, limit);
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private static void refuse(HttpServletResponse response, int limit) throws IOException {
        response.setHeader("Connection", "close");
        ServletErrors.write(response, 413, "the request body is larger than " + limit
                + " bytes, the limit of this endpoint", null);
    }
}
