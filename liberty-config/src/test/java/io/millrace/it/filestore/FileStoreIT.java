package io.millrace.it.filestore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Users;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A project's file store through the REST API (upload, list with nested directories, metadata, download,
 * delete), its signed URLs (forged and altered ones refused) and its limits (the IT server allows 2 MiB a file
 * and 8 MiB a project).
 */
class FileStoreIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Api admin = Api.server();

    @Test
    void filesAreUploadedListedByDirectoryDownloadedAndDeleted() throws Exception {
        Users.TestUser owner = Users.inNewWorkspace(admin, "files");
        Api api = owner.api();
        String base = "/v1/projects/" + owner.projectId() + "/files";
        byte[] bytes = new byte[600_000]; // three chunks
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 251);
        }
        assertEquals(200, upload(api, base, "reports/2026/december.bin", bytes, "application/x-test").status());
        Api.Reply hello = upload(api, base, "/hello.txt", "hello".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(200, hello.status(), hello.body());
        assertEquals("hello.txt", hello.json().getJsonObject("data").getString("path"));

        JsonArray root = api.get(base).json().getJsonArray("data");
        assertEquals(2, root.size(), root.toString());
        assertEquals("hello.txt", root.getJsonObject(0).getString("path"));
        assertEquals("file", root.getJsonObject(0).getString("type"));
        assertEquals("reports", root.getJsonObject(1).getString("path"));
        assertEquals("directory", root.getJsonObject(1).getString("type"));
        assertEquals(bytes.length, root.getJsonObject(1).getInt("size"));
        JsonArray nested = api.get(base + "?dir=reports/2026").json().getJsonArray("data");
        assertEquals("reports/2026/december.bin", nested.getJsonObject(0).getString("path"));

        HttpResponse<byte[]> content = HTTP.send(api.request(base + "/content?path=reports/2026/december.bin")
                .header("Authorization", "Bearer " + apiKey(owner)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, content.statusCode());
        assertEquals("application/x-test", content.headers().firstValue("content-type").orElse(""));
        assertArrayEquals(bytes, content.body());
        assertTrue(content.headers().firstValue("content-security-policy").orElse("").startsWith("sandbox"),
                "an uploaded file is served sandboxed");

        // Replacing the content keeps one file.
        assertEquals(200, upload(api, base, "hello.txt", "bye".getBytes(StandardCharsets.UTF_8), "text/plain").status());
        JsonObject meta = api.get(base + "/metadata?path=hello.txt").json().getJsonObject("data");
        assertEquals(3, meta.getInt("size"));
        assertEquals("bye", new String(get(meta.getString("url")).body(), StandardCharsets.UTF_8));

        assertEquals(204, api.delete(base + "/content?path=hello.txt").status());
        assertEquals(404, api.get(base + "/metadata?path=hello.txt").status());
        assertEquals(404, api.delete(base + "/content?path=hello.txt").status());
        assertEquals(404, get(meta.getString("url")).statusCode(), "a deleted file's URL finds nothing");
    }

    @Test
    void signedUrlsCannotBeForgedOrAltered() throws Exception {
        Users.TestUser owner = Users.inNewWorkspace(admin, "signed");
        String base = "/v1/projects/" + owner.projectId() + "/files";
        upload(owner.api(), base, "secret.txt", "top secret".getBytes(StandardCharsets.UTF_8), "text/plain");
        String url = owner.api().get(base + "/metadata?path=secret.txt").json().getJsonObject("data").getString("url");
        assertTrue(url.matches(".*/files/fi_[^?]+\\?expires=\\d+&signature=[^&]+"), url);
        assertEquals(200, get(url).statusCode());

        String signature = url.substring(url.indexOf("signature=") + 10);
        long expires = Long.parseLong(url.replaceAll(".*expires=(\\d+).*", "$1"));
        String forged = url.replace("signature=" + signature, "signature=" + "A".repeat(signature.length()));
        assertForbidden(get(forged));
        assertForbidden(get(url.replace("expires=" + expires, "expires=" + (expires + 86_400))));
        assertForbidden(get(url.replace("expires=" + expires, "expires=" + (expires - 3_600)))); // an earlier expiry
        assertForbidden(get(url.substring(0, url.indexOf('?'))));
    }

    @Test
    void limitsPerFileAndPerProjectAndOtherProjectsAreRefused() {
        Users.TestUser owner = Users.inNewWorkspace(admin, "limits");
        Api api = owner.api();
        String base = "/v1/projects/" + owner.projectId() + "/files";
        Api.Reply big = upload(api, base, "big.bin", new byte[2 * 1024 * 1024 + 1], null);
        assertEquals(413, big.status(), big.body());
        assertEquals(404, api.get(base + "/metadata?path=big.bin").status(), "nothing of a refused file is kept");
        for (int i = 0; i < 4; i++) {
            assertEquals(200, upload(api, base, "part" + i, new byte[2 * 1024 * 1024], null).status());
        }
        Api.Reply full = upload(api, base, "one-more", new byte[10], null);
        assertEquals(413, full.status(), full.body());
        assertTrue(full.error().getString("message").contains("project"), full.body());

        Users.TestUser stranger = Users.inNewWorkspace(admin, "stranger");
        assertEquals(404, stranger.api().get(base).status());
        assertEquals(404, stranger.api().get(base + "/metadata?path=part0").status());
        assertEquals(400, api.get(base + "/metadata?path=a/../b").status());
        assertEquals(400, upload(api, base, "a//b", new byte[1], null).status());
    }

    private static void assertForbidden(HttpResponse<byte[]> r) {
        assertEquals(403, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    }

    private static Api.Reply upload(Api api, String base, String path, byte[] bytes, String type) {
        HttpRequest.Builder b = api.request(base + "/content?path=" + Api.encode(path))
                .header("Authorization", "Bearer " + keyOf(api)).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (type != null) {
            b.header("Content-Type", type);
        }
        return api.raw(b);
    }

    private static HttpResponse<byte[]> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String apiKey(Users.TestUser user) {
        return keyOf(user.api());
    }

    private static String keyOf(Api api) {
        return api.apiKey();
    }
}
