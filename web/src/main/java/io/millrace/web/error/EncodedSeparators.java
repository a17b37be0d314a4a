package io.millrace.web.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The servlet container's check of encoded separators in the path, moved here: a path with {@code %23} ({@code #}),
 * {@code %2E} ({@code .}), {@code %2F} ({@code /}) or {@code %5C} ({@code \}) is a 400, as Servlet 6 wants, except
 * an encoded {@code /} in the last segment of the Connect proxy's path ({@code /v1/connect/{project_id}/proxy/{url_64}}),
 * where the SDK sends standard base64 percent-encoded. The web module switches the container's own check off
 * ({@code SKIP_ENCODED_CHAR_VERIFICATION} in web.xml, which declares this filter first, before every other one).
 */
public class EncodedSeparators extends HttpFilter {
    private static final Pattern PROXY = Pattern.compile("/v1/connect/[^/]+/proxy/[^/]+");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (refused(path)) {
            ServletErrors.write(response, 400, "the URL path has an encoded #, ., / or \\ (%23, %2E, %2F, %5C),"
                    + " which the server does not take in a path", null);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the raw path has an encoded separator outside the Connect proxy's base64 segment. */
    static boolean refused(String rawPath) {
        String path = rawPath.toLowerCase(Locale.ROOT);
        if (PROXY.matcher(rawPath).matches()) {
            path = path.substring(0, path.lastIndexOf('/') + 1) + path.substring(path.lastIndexOf('/') + 1).replace("%2f", "");
        }
        return path.contains("%23") || path.contains("%2e") || path.contains("%2f") || path.contains("%5c");
    }
}
