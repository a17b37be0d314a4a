package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.graal.host.JsonStrings;

/** The built-in module {@code @millrace/feed}: RSS and Atom parsed by Rome, with external entities disabled. */
class FeedModuleTest {

    static final String RSS2 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Lorem</title>
                <link>https://lorem.test/</link>
                <description>A feed</description>
                <item>
                  <title>First</title>
                  <link>https://lorem.test/1</link>
                  <guid isPermaLink="true">https://lorem.test/p/1</guid>
                  <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
                  <description>One &amp; only</description>
                  <author>ann@lorem.test (Ann)</author>
                  <category>news</category><category>tech</category>
                </item>
                <item>
                  <title>Second</title>
                  <link>https://lorem.test/2</link>
                  <guid isPermaLink="false">item-2</guid>
                  <dc:creator>Bob</dc:creator>
                </item>
                <item><title>No guid</title><link>https://lorem.test/3</link></item>
              </channel>
            </rss>""";

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime runtime;

    @BeforeAll
    static void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        runtime = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS.withEgress(StepTesting.LOOPBACK_ALLOWED));
    }

    @AfterAll
    static void stop() {
        runtime.close();
        scheduler.shutdownNow();
    }

    private static String parsed(String xml) {
        StepOutcome outcome = StepTesting.run(runtime, "import { parseFeed } from '@millrace/feed';\n"
                + component("run() { return parseFeed(" + JsonStrings.quote(xml) + ") }"));
        assertEquals(null, outcome.error(), () -> String.valueOf(outcome.error()));
        return outcome.returnValueJson();
    }

    private static String error(String xml) {
        StepOutcome outcome = StepTesting.run(runtime, "import feed from '@millrace/feed';\n"
                + component("run() { return feed.parseFeed(" + JsonStrings.quote(xml) + ") }"));
        assertFalse(outcome.succeeded());
        return outcome.error().message();
    }

    @Test
    void rss2ItemsWithGuidFallbackPermalinksDatesAuthorsAndCategories() {
        assertEquals("{\"title\":\"Lorem\",\"link\":\"https://lorem.test/\",\"description\":\"A feed\",\"items\":["
                + "{\"guid\":\"https://lorem.test/p/1\",\"title\":\"First\",\"link\":\"https://lorem.test/1\",\"permalink\":\"https://lorem.test/p/1\","
                + "\"pubdate\":\"2003-06-10T04:00:00Z\",\"description\":\"One & only\",\"author\":\"ann@lorem.test (Ann)\",\"categories\":[\"news\",\"tech\"]},"
                + "{\"guid\":\"item-2\",\"title\":\"Second\",\"link\":\"https://lorem.test/2\",\"permalink\":\"https://lorem.test/2\","
                + "\"pubdate\":null,\"description\":null,\"author\":\"Bob\",\"categories\":[]},"
                + "{\"guid\":\"https://lorem.test/3\",\"title\":\"No guid\",\"link\":\"https://lorem.test/3\",\"permalink\":\"https://lorem.test/3\","
                + "\"pubdate\":null,\"description\":null,\"author\":null,\"categories\":[]}]}", parsed(RSS2));
    }

    @Test
    void atom() {
        String json = parsed("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Atom feed</title>
                  <link href="https://atom.test/"/>
                  <updated>2024-01-02T03:04:05Z</updated>
                  <id>urn:uuid:feed</id>
                  <entry>
                    <title>Entry one</title>
                    <link href="https://atom.test/e1"/>
                    <id>urn:uuid:e1</id>
                    <updated>2024-01-02T03:04:05Z</updated>
                    <author><name>Carol</name></author>
                    <category term="misc"/>
                    <content type="text">Body text</content>
                  </entry>
                </feed>""");
        assertEquals("{\"title\":\"Atom feed\",\"link\":\"https://atom.test/\",\"description\":null,\"items\":["
                + "{\"guid\":\"urn:uuid:e1\",\"title\":\"Entry one\",\"link\":\"https://atom.test/e1\",\"permalink\":\"https://atom.test/e1\","
                + "\"pubdate\":\"2024-01-02T03:04:05Z\",\"description\":\"Body text\",\"author\":\"Carol\",\"categories\":[\"misc\"]}]}", json);
    }

    @Test
    void rss091WithItsDoctypeAndRss10() {
        String rss091 = parsed("""
                <?xml version="1.0"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Old</title><link>https://old.test/</link><description>d</description>
                <item><title>Legacy</title><link>https://old.test/a</link></item></channel></rss>""");
        assertTrue(rss091.contains("\"guid\":\"https://old.test/a\",\"title\":\"Legacy\""), rss091);
        String rss10 = parsed("""
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                  <channel rdf:about="https://rdf.test/"><title>RDF</title><link>https://rdf.test/</link><description>d</description>
                    <items><rdf:Seq><rdf:li resource="https://rdf.test/x"/></rdf:Seq></items></channel>
                  <item rdf:about="https://rdf.test/x"><title>X</title><link>https://rdf.test/x</link></item>
                </rdf:RDF>""");
        assertTrue(rss10.startsWith("{\"title\":\"RDF\""), rss10);
        assertTrue(rss10.contains("\"title\":\"X\",\"link\":\"https://rdf.test/x\""), rss10);
    }

    @Test
    void externalEntitiesAreNeverLoaded(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
        AtomicInteger fetched = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            fetched.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n  <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n"
                    + "  <!ENTITY % remote SYSTEM \"" + url + "\">\n  %remote;\n]>\n"
                    + "<rss version=\"2.0\"><channel><title>t&xxe;</title><link>https://x.test/</link><description>d</description>"
                    + "<item><title>&xxe;</title><link>https://x.test/1</link></item></channel></rss>";
            StepOutcome outcome = StepTesting.run(runtime, "import { parseFeed } from '@millrace/feed';\n"
                    + component("run() { try { return parseFeed(" + JsonStrings.quote(xml) + ") } catch (e) { return e.message } }"));
            String result = outcome.returnValueJson();
            assertFalse(result.contains("TOP-SECRET"), result);
            String external = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"" + url + "\">\n"
                    + "<rss version=\"2.0\"><channel><title>t</title><link>https://x.test/</link><description>d</description></channel></rss>";
            assertTrue(parsed(external).startsWith("{\"title\":\"t\""));
            assertEquals(0, fetched.get(), "the parser fetched an external DTD or entity");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void whatIsNotAFeedIsAClearErrorAndCommonJsCanRequireIt() {
        assertTrue(error("<html><body>nope</body></html>").startsWith("parseFeed: not an RSS or Atom feed"),
                error("<html><body>nope</body></html>"));
        assertTrue(error("<rss><channel>").startsWith("parseFeed: not an RSS or Atom feed: Invalid XML"), error("<rss><channel>"));
        StepOutcome outcome = StepTesting.run(runtime, "const { parseFeed } = require('@millrace/feed');\n"
                + "module.exports = defineComponent({ run() { return [parseFeed(Buffer.from(" + JsonStrings.quote(RSS2)
                + ")).items.length, (() => { try { parseFeed(42) } catch (e) { return e.message } })()] } })");
        assertEquals("[3,\"parseFeed: pass the feed's XML as a string, got 42\"]", outcome.returnValueJson());
    }
}
