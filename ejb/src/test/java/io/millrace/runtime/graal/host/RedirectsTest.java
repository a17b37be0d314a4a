package io.millrace.runtime.graal.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class RedirectsTest {
    private static final List<String[]> HEADERS = List.of(new String[] {"Authorization", "Bearer x"},
            new String[] {"Content-Type", "application/json"}, new String[] {"Cookie", "a=1"}, new String[] {"X-Keep", "1"});

    private static Redirects.Hop request(String method, String url) {
        return new Redirects.Hop(URI.create(url), method, HEADERS, method.equals("GET") ? null : new byte[] {1});
    }

    private static List<String> names(Redirects.Hop hop) {
        return hop.headers().stream().map(h -> h[0]).toList();
    }

    @Test
    void redirectsAreResolvedAgainstTheRequest() {
        Redirects.Hop next = Redirects.next(request("GET", "http://a.example/x/y"), 302, "../z?q=1");
        assertEquals(URI.create("http://a.example/z?q=1"), next.uri());
        assertEquals("GET", next.method());
        assertEquals(List.of("Authorization", "Content-Type", "Cookie", "X-Keep"), names(next), "same origin keeps them");
        assertNull(Redirects.next(request("GET", "http://a.example/"), 200, "/b"));
        assertNull(Redirects.next(request("GET", "http://a.example/"), 304, "/b"));
        assertNull(Redirects.next(request("GET", "http://a.example/"), 302, null));
    }

    @Test
    void seeOtherAndPostMovedBecomeGetWithoutABody() {
        Redirects.Hop seeOther = Redirects.next(request("PUT", "http://a.example/"), 303, "/b");
        assertEquals("GET", seeOther.method());
        assertNull(seeOther.body());
        assertEquals(List.of("Authorization", "Cookie", "X-Keep"), names(seeOther));
        assertEquals("GET", Redirects.next(request("POST", "http://a.example/"), 301, "/b").method());
        assertEquals("HEAD", Redirects.next(request("HEAD", "http://a.example/"), 303, "/b").method());
        Redirects.Hop temporary = Redirects.next(request("POST", "http://a.example/"), 307, "/b");
        assertEquals("POST", temporary.method());
        assertArrayEquals(new byte[] {1}, temporary.body());
        assertEquals("PUT", Redirects.next(request("PUT", "http://a.example/"), 302, "/b").method());
    }

    @Test
    void anotherOriginGetsNoCredentialsAndHttpsNeverGoesToHttp() {
        Redirects.Hop other = Redirects.next(request("GET", "http://a.example/"), 302, "http://b.example/");
        assertEquals(List.of("Content-Type", "X-Keep"), names(other));
        assertEquals(List.of("Content-Type", "X-Keep"),
                names(Redirects.next(request("GET", "http://a.example/"), 302, "http://a.example:8080/")));
        assertNull(Redirects.next(request("GET", "https://a.example/"), 302, "http://a.example/"));
        assertEquals(URI.create("https://a.example/s"), Redirects.next(request("GET", "http://a.example/"), 301, "https://a.example/s").uri());
        assertNull(Redirects.next(request("GET", "http://a.example/"), 302, "ftp://a.example/"));
        assertNull(Redirects.next(request("GET", "http://a.example/"), 302, "http://bad host/"));
    }
}
