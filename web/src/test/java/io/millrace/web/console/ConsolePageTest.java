package io.millrace.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ConsolePageTest {
    private static final Path INDEX = Path.of("src/main/webapp/console/index.html");

    @Test
    void thePolicyAllowsTheImportMapByItsHashAndNothingElseInline() {
        ConsolePage page = ConsolePage.of("<html><script type=\"importmap\">{\"imports\":{}}</script>"
                + "<meta name=\"csp-nonce\" content=\"{{csp-nonce}}\"></html>");
        String policy = page.contentSecurityPolicy("abc");
        assertTrue(policy.contains("script-src 'self' 'sha256-" + ConsolePage.sha256("{\"imports\":{}}") + "'"), policy);
        assertTrue(policy.contains("style-src 'self' 'nonce-abc'"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertTrue(new String(page.render("abc"), StandardCharsets.UTF_8).contains("content=\"abc\""));
    }

    @Test
    void everyModuleOfTheImportMapIsOnTheClassPath() throws IOException {
        String html = Files.readString(INDEX);
        Matcher m = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "index.html has an import map");
        JsonObject imports = Json.createReader(new StringReader(m.group(1))).readObject().getJsonObject("imports");
        assertFalse(imports.isEmpty());
        for (String specifier : imports.keySet()) {
            String url = imports.getString(specifier);
            String file = ConsolePaths.file(url, ConsolePaths.WEBJARS);
            assertNotNull(file, specifier + " → " + url + " is not a WebJar path the console serves");
            assertNotNull(getClass().getClassLoader().getResource("META-INF/resources/webjars/" + file),
                    specifier + " → " + url + ": no such file in the WebJars (does web/pom.xml name that version?)");
        }
    }

    @Test
    void everyModulePreloadIsInTheImportMap() throws IOException {
        String html = Files.readString(INDEX);
        Matcher m = Pattern.compile("<link rel=\"modulepreload\" href=\"([^\"]+)\">").matcher(html);
        int count = 0;
        while (m.find()) {
            count++;
            assertTrue(html.contains("\": \"" + m.group(1) + "\""), m.group(1));
        }
        assertEquals(2, count);
    }
}
