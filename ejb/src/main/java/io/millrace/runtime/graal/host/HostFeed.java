package io.millrace.runtime.graal.host;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

/**
 * {@code parseFeed(xmlText)} of the built-in module {@code @millrace/feed} (lib/feed.js): parses RSS
 * 0.9x, 1.0 and 2.0 and Atom with Rome and answers with the JSON envelope {@code {"ok": feed}} or
 * {@code {"error": message}}, where a feed is
 * {@code { title, link, description, items: [{ guid, title, link, permalink, pubdate, description, author, categories }] }}.
 *
 * <p>Untrusted XML: external entities and external DTDs are never loaded, and entity references are
 * not expanded (Rome's parser settings), so an XXE payload reads no file and makes no request. A
 * DOCTYPE itself is allowed, as RSS 0.91 feeds carry one.
 *
 * <p>Per item: {@code guid} is the RSS guid or Atom id, else the link; {@code permalink} is the guid
 * when the feed marks it as a permalink, else the link; {@code pubdate} is the published (else updated)
 * date as an ISO-8601 instant, or null; {@code description} is the summary, else the first content.
 */
public final class HostFeed {

    private HostFeed() {
    }

    /** The feed in {@code xml} as the JSON envelope described above. */
    public static String parse(String xml) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(true);
            input.setPreserveWireFeed(true);
            feed = input.build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            return HostStores.error("not an RSS or Atom feed: " + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            return HostStores.error("the feed cannot be read: " + e.getClass().getSimpleName());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", trim(feed.getTitle()));
        out.put("link", trim(feed.getLink()));
        out.put("description", trim(feed.getDescription()));
        List<Object> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(item(entry));
        }
        out.put("items", items);
        return "{\"ok\":" + JsonStrings.write(out) + "}";
    }

    private static Map<String, Object> item(SyndEntry entry) {
        String link = trim(entry.getLink());
        String uri = trim(entry.getUri());
        boolean permaGuid = false;
        if (entry.getWireEntry() instanceof Item rss) {
            Guid guid = rss.getGuid();
            uri = guid == null ? null : trim(guid.getValue());
            permaGuid = guid != null && guid.isPermaLink() && uri != null && uri.matches("(?i)^https?://.*");
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("guid", uri != null ? uri : link);
        item.put("title", trim(entry.getTitle()));
        item.put("link", link);
        item.put("permalink", permaGuid ? uri : link);
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        item.put("pubdate", date == null ? null : date.toInstant().toString());
        item.put("description", description(entry));
        item.put("author", trim(entry.getAuthor()));
        List<Object> categories = new ArrayList<>();
        for (SyndCategory category : entry.getCategories()) {
            String name = trim(category.getName());
            if (name != null) {
                categories.add(name);
            }
        }
        item.put("categories", categories);
        return item;
    }

    private static String description(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        if (description != null && trim(description.getValue()) != null) {
            return description.getValue().trim();
        }
        for (SyndContent content : entry.getContents()) {
            if (content != null && trim(content.getValue()) != null) {
                return content.getValue().trim();
            }
        }
        return null;
    }

    private static String trim(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String firstLine(String message) {
        return message == null ? "invalid XML" : message.lines().findFirst().orElse("invalid XML");
    }
}
