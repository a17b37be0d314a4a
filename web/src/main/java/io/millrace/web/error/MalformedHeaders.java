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
import java.util.regex.Pattern;

/**
 * A {@code Content-Type} or {@code Accept} header that is not a media type makes JAX-RS answer a bare
 * HTML 400 before any mapper runs; this filter answers it first, as the JSON error naming the header.
 */
@WebFilter(urlPatterns = "/v1/*", asyncSupported = true)
public class MalformedHeaders extends HttpFilter {
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String PARAMS = "(\\s*;\\s*" + TOKEN + "\\s*=\\s*(" + TOKEN + "|\"[^\"]*\"))*\\s*";
    private static final Pattern MEDIA_TYPE = Pattern.compile("\\s*" + TOKEN + "/" + TOKEN + PARAMS);
    /** A bare "*" range, as HttpURLConnection's default Accept has it. */
    private static final Pattern STAR = Pattern.compile("\\s*\\*" + PARAMS);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && !contentType.isBlank() && !MEDIA_TYPE.matcher(contentType).matches()) {
            refuse(response, "Content-Type", "Content-Type '" + contentType + "' is not a media type");
            return;
        }
        String accept = request.getHeader("Accept");
        if (accept != null && !accept.isBlank()) {
            for (String range : accept.split(",")) {
                if (!range.isBlank() && !MEDIA_TYPE.matcher(range).matches() && !STAR.matcher(range).matches()) {
                    refuse(response, "Accept", "Accept '" + accept + "' is not a list of media types");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, String header, String message) throws IOException {
        response.setStatus(400);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(Jsonp.createObjectBuilder().add("error", Jsonp.createObjectBuilder()
                .add("status", 400).add("message", message).add("field", header)).build().toString()
                .getBytes(StandardCharsets.UTF_8));
    }
}
