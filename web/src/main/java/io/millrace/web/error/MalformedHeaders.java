package io.millrace.web.error;

import io.millrace.shared.Quoted;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code Content-Type} or {@code Accept} header that is not a media type makes JAX-RS answer a bare
 * HTML 400 before any mapper runs; this filter answers it first, as the JSON error naming the header. A
 * {@code Content-Type} whose charset this server does not know would fail where the body is decoded; it
 * is a 415 naming the header.
 */
@WebFilter(urlPatterns = "/v1/*", asyncSupported = true)
public class MalformedHeaders extends HttpFilter {
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String PARAMS = "(\\s*;\\s*" + TOKEN + "\\s*=\\s*(" + TOKEN + "|\"[^\"]*\"))*\\s*";
    private static final Pattern MEDIA_TYPE = Pattern.compile("\\s*" + TOKEN + "/" + TOKEN + PARAMS);
    /** A bare "*" range, as HttpURLConnection's default Accept has it. */
    private static final Pattern STAR = Pattern.compile("\\s*\\*" + PARAMS);
    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]*)",
            Pattern.CASE_INSENSITIVE);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && !contentType.isBlank() && !MEDIA_TYPE.matcher(contentType).matches()) {
            refuse(response, "Content-Type", "Content-Type " + Quoted.of(contentType) + " is not a media type");
            return;
        }
        String charset = unknownCharset(contentType);
        if (charset != null) {
            ServletErrors.write(response, 415, "unsupported charset " + Quoted.of(charset)
                    + " in Content-Type: send the body as UTF-8", "Content-Type");
            return;
        }
        String accept = request.getHeader("Accept");
        if (accept != null && !accept.isBlank()) {
            for (String range : accept.split(",")) {
                if (!range.isBlank() && !MEDIA_TYPE.matcher(range).matches() && !STAR.matcher(range).matches()) {
                    refuse(response, "Accept", "Accept " + Quoted.of(accept) + " is not a list of media types");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** The charset the content type names when this JVM does not know it, else null. */
    static String unknownCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        try {
            return Charset.isSupported(name) ? null : name;
        } catch (IllegalArgumentException illegalName) {
            return name;
        }
    }

    private static void refuse(HttpServletResponse response, String header, String message) throws IOException {
        ServletErrors.write(response, 400, message, header);
    }
}
