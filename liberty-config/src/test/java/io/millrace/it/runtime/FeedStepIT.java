package io.millrace.it.runtime;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.it.support.Api;
import io.millrace.it.support.LocalHttpServer;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A step fetches a feed with axios and parses it with the built-in {@code @millrace/feed}, in the real server. */
class FeedStepIT {
    private static final String RSS = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>IT feed</title><link>https://it.test/</link><description>d</description>
            <item><title>One</title><link>https://it.test/1</link><guid>g-1</guid><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>
            <item><title>Two</title><link>https://it.test/2</link></item>
            </channel></rss>""";

    private final Api api = Api.server();
    private LocalHttpServer remote;

    @BeforeEach
    void startFeed() {
        remote = new LocalHttpServer().on("/feed.xml", exchange -> LocalHttpServer.answer(exchange, 200,
                "application/rss+xml", RSS.getBytes(StandardCharsets.UTF_8))).start();
    }

    @AfterEach
    void stopFeed() {
        remote.close();
    }

    @Test
    void aFetchedFeedIsParsed() {
        String url = remote.url("/feed.xml");
        JsonObject wf = api.createHttpWorkflow("feed-" + System.nanoTime(), steps(step("parse", """
                import axios from "axios";
                import { parseFeed } from "@millrace/feed";
                export default defineComponent({ async run() {
                  const { data } = await axios.get("%s", { responseType: "text" });
                  const feed = parseFeed(data);
                  return { title: feed.title, guids: feed.items.map(i => i.guid), pubdate: feed.items[0].pubdate };
                } })""".formatted(url))));
        JsonObject execution = api.runOnce(wf);
        JsonObject step = execution.getJsonArray("steps").getJsonObject(0);
        JsonObject value = step.getJsonObject("$return_value");
        assertEquals("IT feed", value.getString("title"), step.toString());
        assertEquals("[\"g-1\",\"https://it.test/2\"]", value.getJsonArray("guids").toString());
        assertEquals("2003-06-10T04:00:00Z", value.getString("pubdate"));
    }
}
