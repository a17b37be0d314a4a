package io.millrace.web.error;

import io.millrace.shared.Quoted;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A {@code %} that starts no escape ({@code ?x=%}, {@code ?x=%zz}) or escapes that are not UTF-8
 * ({@code %FF}) in the path or the query of an API request are a 400 naming the query parameter, before
 * JAX-RS fails on them. The HTTP trigger endpoints ({@code /e/…}) are not checked: they take any query,
 * as Pipedream's do.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class MalformedUrl extends HttpFilter {
    private static final String TRIGGER_SERVLET = "/e";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!TRIGGER_SERVLET.equals(request.getServletPath())) {
            if (!decodes(request.getRequestURI())) {
                ServletErrors.write(response, 400, "the URL path has a % that starts no escape, or escapes"
                        + " that are not UTF-8", null);
                return;
            }
            String bad = badParameter(request.getQueryString());
            if (bad != null) {
                ServletErrors.write(response, 400, "query parameter " + Quoted.of(bad) + " has a % that starts no escape,"
                        + " or escapes that are not UTF-8 (write % as %25)", Quoted.value(bad));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The name of the first parameter of the query that does not decode, or null when all do. */
    static String badParameter(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (!decodes(pair)) {
                return decodes(name) ? URLDecoder.decode(name, StandardCharsets.UTF_8) : name;
            }
        }
        return null;
    }

    /** Whether every {@code %} of the text starts an escape and the escaped bytes are UTF-8. */
    static boolean decodes(String text) {
        try {
            byte[] bytes = URLDecoder.decode(text, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return false;
        }
    }
}
