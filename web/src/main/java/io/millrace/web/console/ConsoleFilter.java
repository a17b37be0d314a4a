package io.millrace.web.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Serves the web console at {@code /}: {@code index.html} for its page paths (no-cache: a new build is seen at
 * once), its own files under {@code /console/} (revalidated by ETag) and the WebJars under {@code /webjars/}
 * (their paths carry the version, so they are cached for a year). Each answer has the console's
 * Content-Security-Policy. A browser opening an invitation's link ({@code /invitations/{token}} asking for HTML)
 * also gets {@code index.html}, whose invitation page reads the link as JSON. Everything else, and every method but GET and HEAD, goes on to the application.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ConsoleFilter extends HttpFilter {
    private static final String YEAR = "public, max-age=31536000, immutable";
    private static final SecureRandom RANDOM = new SecureRandom();
    private ConsoleFiles own;
    private ConsoleFiles webjars;
    private ConsolePage page;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        own = new ConsoleFiles(path -> config.getServletContext().getResourceAsStream("/console/" + path));
        ClassLoader loader = ConsoleFilter.class.getClassLoader();
        webjars = new ConsoleFiles(path -> loader.getResourceAsStream("META-INF/resources/webjars/" + path));
        try (InputStream in = config.getServletContext().getResourceAsStream("/console/index.html")) {
            page = in == null ? null : ConsolePage.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ServletException("cannot read the console's index.html", e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (page == null || !("GET".equals(method) || "HEAD".equals(method))) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean invitation = ConsolePaths.isInvitationPage(path, request.getHeader("Accept"));
        if (invitation || ConsolePaths.isPage(path)) {
            if (invitation) {
                response.setHeader("Vary", "Accept"); // the same path answers JSON to the API's clients
            }
            String nonce = nonce();
            headers(response, "no-cache", nonce);
            response.setContentType("text/html; charset=utf-8");
            write(request, response, page.render(nonce));
            return;
        }
        Optional<ConsoleFiles.File> file = find(path);
        if (file.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ConsoleFiles.File f = file.get();
        headers(response, path.startsWith(ConsolePaths.WEBJARS) ? YEAR : "no-cache", nonce());
        response.setHeader("ETag", f.etag());
        response.setContentType(f.contentType());
        if (f.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        write(request, response, f.bytes());
    }

    private Optional<ConsoleFiles.File> find(String path) {
        String ownFile = ConsolePaths.file(path, ConsolePaths.FILES);
        if (ownFile != null) {
            return own.get(ownFile);
        }
        String jarFile = ConsolePaths.file(path, ConsolePaths.WEBJARS);
        return jarFile == null ? Optional.empty() : webjars.get(jarFile);
    }

    private static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private void headers(HttpServletResponse response, String cacheControl, String nonce) {
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Content-Security-Policy", page.contentSecurityPolicy(nonce));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, byte[] bytes)
            throws IOException {
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }
}
