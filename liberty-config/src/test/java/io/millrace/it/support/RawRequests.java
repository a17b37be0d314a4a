package io.millrace.it.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests a well-behaved client refuses to send: a request target that
 * is not a valid URI ({@code ?x=%}), header values with arbitrary bytes, and bodies streamed past any
 * sensible size (the answer is read even when the server stops reading the body and answers early).
 * One request per connection ({@code Connection: close}); at most {@code maxBody} bytes of the answer's
 * body are kept, and a {@code text/event-stream} answer is not read beyond its headers.
 */
public final class RawRequests {
    private static final int CHUNK = 64 * 1024;

    private RawRequests() {
    }

    /** An answer: status 0 and {@code failure} when none came. Header names are lower case. */
    public record Answer(int status, Map<String, String> headers, byte[] body, String failure) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Sends {@code method target} to {@code host:port}. {@code body} is sent as it is (null: none); when
     * {@code streamed} is positive, that many more bytes of {@code filler} follow it, then {@code tail},
     * with a {@code Content-Length} unless {@code chunked}.
     */
    public static Answer send(String host, int port, String method, String target, List<String[]> headers,
                              byte[] body, long streamed, byte filler, byte[] tail, boolean chunked,
                              int maxBody, int timeoutMs) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(timeoutMs);
            OutputStream out = socket.getOutputStream();
            long length = (body == null ? 0 : body.length) + (streamed > 0 ? streamed + (tail == null ? 0 : tail.length) : 0);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.writeBytes((method + " " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.ISO_8859_1));
            head.writeBytes(("Host: " + host + ":" + port + "\r\nConnection: close\r\n").getBytes(StandardCharsets.ISO_8859_1));
            for (String[] h : headers) {
                head.writeBytes((h[0] + ": " + h[1] + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            boolean hasBody = body != null || streamed > 0;
            if (hasBody) {
                head.writeBytes((chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
            head.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            String writeFailure = null;
            try {
                out.write(head.toByteArray());
                if (hasBody) {
                    writeBody(out, body, streamed, filler, tail, chunked);
                }
                out.flush();
            } catch (IOException e) {
                // the server may have answered and closed before reading everything: read what it said
                writeFailure = "the server stopped reading the body: " + e.getMessage();
            }
            Answer answer = read(new BufferedInputStream(socket.getInputStream()), maxBody, method.equals("HEAD"));
            return answer.status() == 0 && writeFailure != null
                    ? new Answer(0, answer.headers(), answer.body(), writeFailure + "; then " + answer.failure())
                    : answer;
        } catch (IOException e) {
            return new Answer(0, Map.of(), new byte[0], e.toString());
        }
    }

    private static void writeBody(OutputStream out, byte[] body, long streamed, byte filler, byte[] tail,
                                  boolean chunked) throws IOException {
        if (body != null && body.length > 0) {
            writePiece(out, body, body.length, chunked);
        }
        if (streamed > 0) {
            byte[] block = new byte[CHUNK];
            java.util.Arrays.fill(block, filler);
            for (long left = streamed; left > 0; ) {
                int n = (int) Math.min(block.length, left);
                writePiece(out, block, n, chunked);
                left -= n;
            }
            if (tail != null && tail.length > 0) {
                writePiece(out, tail, tail.length, chunked);
            }
        }
        if (chunked) {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static void writePiece(OutputStream out, byte[] bytes, int n, boolean chunked) throws IOException {
        if (chunked) {
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write(bytes, 0, n);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static Answer read(InputStream in, int maxBody, boolean head) {
        Map<String, String> headers = new LinkedHashMap<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int status = 0;
        try {
            String statusLine = line(in);
            if (statusLine == null) {
                return new Answer(0, headers, new byte[0], "the connection closed without an answer");
            }
            String[] parts = statusLine.split(" ", 3);
            status = Integer.parseInt(parts[1]);
            for (String l; (l = line(in)) != null && !l.isEmpty(); ) {
                int colon = l.indexOf(':');
                if (colon > 0) {
                    headers.merge(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim(),
                            (a, b) -> a + ", " + b);
                }
            }
            String type = headers.getOrDefault("content-type", "");
            if (head || status == 204 || status == 304 || type.toLowerCase(Locale.ROOT).startsWith("text/event-stream")) {
                return new Answer(status, headers, new byte[0], null);
            }
            if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""))) {
                for (String size; (size = line(in)) != null; ) {
                    int semi = size.indexOf(';');
                    int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                    if (n == 0) {
                        break;
                    }
                    copy(in, body, n, maxBody);
                    line(in);
                    if (body.size() >= maxBody) {
                        break;
                    }
                }
            } else if (headers.containsKey("content-length")) {
                copy(in, body, Long.parseLong(headers.get("content-length")), maxBody);
            } else {
                copy(in, body, Long.MAX_VALUE, maxBody);
            }
            return new Answer(status, headers, body.toByteArray(), null);
        } catch (IOException | RuntimeException e) {
            return status == 0 ? new Answer(0, headers, body.toByteArray(), e.toString())
                    : new Answer(status, headers, body.toByteArray(), null);
        }
    }

    /** Copies up to {@code n} bytes, keeping at most {@code max} in {@code out}. */
    private static void copy(InputStream in, ByteArrayOutputStream out, long n, int max) throws IOException {
        byte[] buffer = new byte[8192];
        for (long left = n; left > 0 && out.size() < max; ) {
            int r = in.read(buffer, 0, (int) Math.min(buffer.length, Math.min(left, max - out.size())));
            if (r < 0) {
                return;
            }
            out.write(buffer, 0, r);
            left -= r;
        }
    }

    /** A line without its CRLF; null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream l = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != -1; ) {
            if (c == '\n') {
                byte[] b = l.toByteArray();
                int n = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
                return new String(b, 0, n, StandardCharsets.ISO_8859_1);
            }
            l.write(c);
            if (l.size() > 65536) {
                throw new IOException("a header line over 64 KB");
            }
        }
        return l.size() == 0 ? null : l.toString(StandardCharsets.ISO_8859_1);
    }
}
