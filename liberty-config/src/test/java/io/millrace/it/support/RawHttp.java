package io.millrace.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 over a plain socket, one request per connection: for requests that {@code java.net.http}
 * refuses to send (a target with a {@code %} that starts no escape), and for large bodies that are
 * streamed while the answer is read (the JDK's client reads no answer before it has sent the body, so
 * it waits forever on a server that answers early and stops reading).
 */
public final class RawHttp {
    private static final byte[] FILL = "x".repeat(64 * 1024).getBytes(StandardCharsets.ISO_8859_1);

    private RawHttp() {
    }

    /** An answer: its status, headers (names in lower case) and body as UTF-8 text. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    /** The answer to a streamed body, and how many bytes of the body the server had taken when it came. */
    public record Streamed(Answer answer, long bodyBytesSent) {
    }

    /** Sends {@code method target} (the target exactly as given) to the IT server, without a body. */
    public static Answer send(String method, String target, Map<String, String> headers) {
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(method, target, headers).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new AssertionError(method + " " + target + " failed: " + e, e);
        }
    }

    /**
     * Sends a body of {@code size} bytes, {@code prefix} and then {@code x}s, announced with
     * {@code Content-Length} or sent chunked, while reading the answer; the body stops as soon as the
     * answer is complete.
     */
    public static Streamed stream(String method, String target, Map<String, String> headers, String prefix,
                                  long size, boolean chunked) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(chunked ? "Transfer-Encoding" : "Content-Length", chunked ? "chunked" : Long.toString(size));
        AtomicLong sent = new AtomicLong();
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(method, target, all).getBytes(StandardCharsets.ISO_8859_1));
            byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
            Thread writer = new Thread(() -> writeBody(out, start, size, chunked, sent), "raw-http-body");
            writer.setDaemon(true);
            writer.start();
            Answer answer = read(socket.getInputStream());
            long taken = sent.get();
            socket.close();
            writer.join(10_000);
            return new Streamed(answer, taken);
        } catch (IOException e) {
            throw new AssertionError(method + " " + target + " failed after " + sent.get() + " body bytes: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Socket open() throws IOException {
        Socket socket = new Socket("127.0.0.1", Integer.parseInt(System.getProperty("millrace.it.http.port")));
        socket.setSoTimeout(120_000);
        return socket;
    }

    private static String head(String method, String target, Map<String, String> headers) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(System.getProperty("millrace.it.http.port"))
                .append("\r\nConnection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString();
    }

    /** Writes the body until it is all sent or the connection is closed (by the server, or after its answer). */
    private static void writeBody(OutputStream out, byte[] prefix, long size, boolean chunked, AtomicLong sent) {
        try {
            while (sent.get() < size) {
                boolean first = sent.get() == 0 && prefix.length > 0;
                byte[] part = first ? prefix : FILL;
                int n = (int) Math.min(part.length, size - sent.get());
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write(part, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                sent.addAndGet(n);
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.flush();
        } catch (IOException closed) {
            // the answer came first
        }
    }

    /** Reads one answer: its head, then a body of Content-Length bytes, chunks, or everything until EOF. */
    private static Answer read(InputStream in) throws IOException {
        String head = line(in);
        if (head == null) {
            throw new IOException("the connection closed without an answer");
        }
        int status = Integer.parseInt(head.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    /** A line without its CRLF, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] unchunk(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String size = line(in); size != null; size = line(in)) {
            int n = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (n == 0) {
                break;
            }
            out.write(in.readNBytes(n));
            line(in);
        }
        return out.toByteArray();
    }
}
