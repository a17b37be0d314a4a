package io.millrace.it.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** An RSS 2.0 feed served on a free local port; items can be added while it runs. Close it when done. */
public final class FeedServer implements AutoCloseable {
    private final LocalHttpServer server;
    private final List<String> items = new ArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    public FeedServer() {
        server = new LocalHttpServer().on("/feed.xml", exchange -> {
            requests.incrementAndGet();
            LocalHttpServer.answer(exchange, 200, "application/rss+xml; charset=utf-8",
                    xml().getBytes(StandardCharsets.UTF_8));
        }).start();
    }

    public String url() {
        return server.url("/feed.xml");
    }

    public int requests() {
        return requests.get();
    }

    /** Adds an item (newest first in the feed) with guid {@code https://example.com/<n>}, published at {@code at}. */
    public synchronized void add(int n, Instant at) {
        String link = "https://example.com/" + n;
        items.add(0, "<item><title>Example post " + n + "</title><link>" + link + "</link><guid>" + link + "</guid>"
                + "<pubDate>" + DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC)) + "</pubDate>"
                + "<description>Post number " + n + "</description></item>");
    }

    private synchronized String xml() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Test feed</title>"
                + "<link>https://example.com/</link><description>Items for Millrace's tests</description>"
                + String.join("", items) + "</channel></rss>";
    }

    @Override
    public void close() {
        server.close();
    }
}
