package io.millrace.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A streaming Server-Sent Events client (java.net.http, line by line); close it when done. */
public final class SseClient implements AutoCloseable {
    /** One event: its {@code id:}, {@code event:} (null when none) and {@code data:} lines. */
    public record Event(String id, String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<String> comments = new ArrayList<>();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;

    public SseClient(String url, String apiKey, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + apiKey);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(request.GET().build(), HttpResponse.BodyHandlers.ofLines());
        reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("content-type").orElse("");
    }

    private void read() {
        Map<String, String> fields = new HashMap<>();
        StringBuilder data = new StringBuilder();
        try {
            response.body().forEach(line -> {
                if (line.isEmpty()) {
                    if (data.length() > 0 || fields.containsKey("id")) {
                        events.add(new Event(fields.get("id"), fields.get("event"), data.toString()));
                    }
                    fields.clear();
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    synchronized (comments) {
                        comments.add(line);
                    }
                } else {
                    int colon = line.indexOf(':');
                    String name = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    if (name.equals("data")) {
                        data.append(data.length() > 0 ? "\n" : "").append(value);
                    } else {
                        fields.put(name, value);
                    }
                }
            });
        } catch (RuntimeException closed) {
            // the stream was closed
        }
    }

    /** The next event, waiting up to {@code seconds}. */
    public Event next(int seconds) throws InterruptedException {
        Event e = events.poll(seconds, TimeUnit.SECONDS);
        if (e == null) {
            throw new AssertionError("no SSE event within " + seconds + " s");
        }
        return e;
    }

    /** An event that arrives within {@code seconds}, or null. */
    public Event poll(int seconds) throws InterruptedException {
        return events.poll(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}
