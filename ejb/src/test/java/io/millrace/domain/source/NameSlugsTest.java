package io.millrace.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NameSlugsTest {
    @Test
    void slugsAreLowerCaseWordsJoinedByDashes() {
        assertEquals("your-name-here", NameSlugs.slug("your-name-here"));
        assertEquals("my-rss-feed", NameSlugs.slug("  My RSS  Feed! "));
        assertEquals("creme-brulee", NameSlugs.slug("Crème Brûlée"));
        assertEquals("source", NameSlugs.slug("!!!"));
        assertEquals("new-item-in-feed", NameSlugs.slug("New Item in Feed"));
    }

    @Test
    void aTakenSlugGetsTheNextFreeNumber() {
        assertEquals("test", NameSlugs.unique("test", Set.of()));
        assertEquals("test-1", NameSlugs.unique("test", Set.of("test")));
        assertEquals("test-3", NameSlugs.unique("test", Set.of("test", "test-1", "test-2")));
        assertEquals("test", NameSlugs.unique("test", Set.of("test-1")));
    }
}
