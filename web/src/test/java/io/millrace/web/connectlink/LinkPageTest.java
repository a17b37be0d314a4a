package io.millrace.web.connectlink;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkPageTest {
    @Test
    void everyValueIsEscaped() {
        assertEquals("&lt;script&gt;&amp;&quot;&#39;", LinkPage.escape("<script>&\"'"));
        String page = LinkPage.chooseApp("ctok_\"><script>x</script>", "bad <b>app</b>");
        assertFalse(page.contains("<script>x"), page);
        assertFalse(page.contains("<b>app"), page);
        assertTrue(page.contains("value=\"ctok_&quot;&gt;&lt;script&gt;"), page);
    }
}
