package io.millrace.runtime.graal.host;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * A response in the shape lib/http.js makes fetch's and axios' responses of: the JSON of its status,
 * status text, URL, whether it was redirected and its headers (lower-case names, in order), and its
 * body as a {@link HostBlob}, decompressed when it is gzip or deflate and decoded in the charset of its
 * content type (else UTF-8).
 */
final class HttpResponses {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

    /** What the request's callback gets: the response's meta JSON and body, or the failure to read the body. */
    record Received(String metaJson, ProxyObject body, HttpFailure failure) {
    }

    private HttpResponses() {
    }

    /**
     * The response to a {@code method} request for {@code url} (the last URL of its redirects), its body
     * decompressed to at most {@code maxBytes}.
     */
    static Received receive(HttpResponse<byte[]> response, String url, boolean redirected, String method, long maxBytes) {
        byte[] bytes = response.body();
        List<List<String>> headers = new ArrayList<>();
        String contentType = null;
        String encoding = null;
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.startsWith(":")) {
                continue;
            }
            for (String value : header.getValue()) {
                headers.add(List.of(name, value));
                if (name.equals("content-type")) {
                    contentType = value;
                } else if (name.equals("content-encoding")) {
                    encoding = value.trim().toLowerCase(Locale.ROOT);
                }
            }
        }
        if (encoding != null && bytes.length > 0 && !method.equals("HEAD")) {
            try {
                bytes = decompress(bytes, encoding, maxBytes);
            } catch (IOException e) {
                return new Received(null, null, new HttpFailure("Z_DATA_ERROR", e instanceof LimitedBody.TooLarge
                        ? e.getMessage() : "the response body could not be decompressed (" + encoding + ")"));
            }
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("status", response.statusCode());
        meta.put("statusText", ReasonPhrases.of(response.statusCode()));
        meta.put("url", url);
        meta.put("redirected", redirected);
        meta.put("headers", headers);
        return new Received(JsonStrings.write(meta), HostBlob.of(bytes, charsetOf(contentType)), null);
    }

    private static Charset charsetOf(String contentType) {
        if (contentType != null) {
            Matcher m = CHARSET.matcher(contentType);
            if (m.find()) {
                try {
                    return Charset.forName(m.group(1));
                } catch (RuntimeException unknown) {
                    // fall back to UTF-8
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static byte[] decompress(byte[] bytes, String encoding, long maxBytes) throws IOException {
        InputStream in;
        switch (encoding) {
            case "gzip", "x-gzip" -> in = new GZIPInputStream(new ByteArrayInputStream(bytes));
            case "deflate" -> in = new InflaterInputStream(new ByteArrayInputStream(bytes));
            default -> {
                return bytes;
            }
        }
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(32, bytes.length * 2));
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) > 0) {
                if (out.size() + (long) n > maxBytes) {
                    throw new LimitedBody.TooLarge(maxBytes);
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        }
    }
}
