package io.millrace.web.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's {@code index.html} and its Content-Security-Policy (pure). Scripts come only from this server,
 * plus the page's inline import map, allowed by its SHA-256. Styles come from this server, plus the
 * {@code <style>} elements the code editor adds, allowed by a nonce made per page answer: the page names it in
 * {@code <meta name="csp-nonce">} (the placeholder {@value #NONCE} in the file) for the editor to use.
 */
record ConsolePage(String html, String importMapHashes) {
    static final String NONCE = "{{csp-nonce}}";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);

    static ConsolePage of(String html) {
        List<String> hashes = new ArrayList<>();
        Matcher m = INLINE_SCRIPT.matcher(html);
        while (m.find()) {
            if (m.group(1).contains("importmap")) {
                hashes.add("'sha256-" + sha256(m.group(2)) + "'");
            }
        }
        return new ConsolePage(html, String.join(" ", hashes));
    }

    /** The page with this nonce. */
    byte[] render(String nonce) {
        return html.replace(NONCE, nonce).getBytes(StandardCharsets.UTF_8);
    }

    /** The policy of an answer whose page (if any) has this nonce. */
    String contentSecurityPolicy(String nonce) {
        return "default-src 'none'; script-src 'self'" + (importMapHashes.isEmpty() ? "" : " " + importMapHashes)
                + "; style-src 'self' 'nonce-" + nonce + "'; img-src 'self' data:; font-src 'self'; connect-src 'self';"
                + " manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";
    }

    static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
