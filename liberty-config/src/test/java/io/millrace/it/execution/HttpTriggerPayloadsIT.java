package io.millrace.it.execution;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The seed's HTTP trigger features beyond JSON and forms, with curl-equivalent requests: multipart/form-data with
 * files, large payloads with {@code x-pd-upload-body} / {@code pipedream_upload_body}, {@code x-pd-notrigger}
 * test events, CORS on real answers, {@code $.respond} with bytes.
 */
class HttpTriggerPayloadsIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BOUNDARY = "----millrace-it-boundary";
    private final Api api = Api.server();

    @Test
    void multipartFieldsAreParsedAndFilesAreStoredWithASignedUrl() throws Exception {
        JsonObject wf = echo("multipart");
        byte[] image = new byte[70_000];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) (i * 31);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, "name", "Leia");
        field(body, "title", "General");
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"my_image.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(image);
        String longName = "n".repeat(300) + ".txt";
        body.write(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"" + longName
                + "\"\r\nContent-Type: text/plain\r\n\r\nlong name").getBytes(StandardCharsets.UTF_8));
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Api.Reply reply = api.raw(api.request(Api.endpoint(wf)).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertEquals(200, reply.status(), reply.body());

        JsonObject event = api.awaitFinished(wf.getString("id")).getJsonObject("trigger").getJsonObject("event");
        JsonObject b = event.getJsonObject("body");
        assertEquals("Leia", b.getString("name"));
        assertEquals("General", b.getString("title"));
        JsonObject file = b.getJsonObject("image");
        assertEquals("my_image.png", file.getString("filename"));
        assertEquals("image/png", file.getString("mimetype"));
        assertEquals(image.length, file.getInt("size"));
        assertArrayEquals(image, download(file.getString("url")), "the file's URL gives its bytes, without an API key");
        JsonObject doc = b.getJsonObject("doc");
        assertEquals(longName, doc.getString("filename"));
        assertEquals("long name", new String(download(doc.getString("url")), StandardCharsets.UTF_8));
    }

    @Test
    void aMalformedMultipartBodyIs400AndTheRequestIsRecorded() {
        JsonObject wf = echo("bad-multipart");
        Api.Reply reply = api.raw(api.request(Api.endpoint(wf)).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end")));
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.error().getString("message").contains("multipart"), reply.body());
        JsonObject ex = api.awaitFinished(wf.getString("id"));
        assertEquals("Bad Request", ex.getJsonObject("error").getString("name"), ex.toString());
    }

    @Test
    void aLargeBodyWithTheUploadHeaderOrQueryIsStoredAndGivenAsRawBodyUrl() throws Exception {
        JsonObject wf = echo("large");
        byte[] large = new byte[600 * 1024];
        Arrays.fill(large, (byte) 'y');
        Api.Reply refused = api.raw(api.request(Api.endpoint(wf)).POST(HttpRequest.BodyPublishers.ofByteArray(large)));
        assertEquals(413, refused.status(), refused.body());
        assertTrue(refused.error().getString("message").startsWith("Payload Too Large"), refused.body());
        JsonObject first = api.awaitFinished(wf.getString("id"));
        assertEquals("Request Entity Too Large", first.getJsonObject("error").getString("name"));

        Api.Reply ok = api.raw(api.request(Api.endpoint(wf)).header("x-pd-upload-body", "1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(large)));
        assertEquals(200, ok.status(), ok.body());
        JsonObject ex = api.awaitExecution(wf.getString("id"), e -> !e.getString("id").equals(first.getString("id"))
                && e.getString("status").equals("success"));
        String url = ex.getJsonObject("trigger").getJsonObject("event").getJsonObject("body").getString("raw_body_url");
        assertArrayEquals(large, download(url));

        Api.Reply byQuery = api.raw(api.request(Api.endpoint(wf) + "?pipedream_upload_body=1")
                .POST(HttpRequest.BodyPublishers.ofString("{ \"name\": \"Yoda\" }")));
        assertEquals(200, byQuery.status(), byQuery.body());
        JsonObject third = api.awaitExecution(wf.getString("id"), e -> !e.getString("id").equals(first.getString("id"))
                && !e.getString("id").equals(ex.getString("id")) && e.getString("status").equals("success"));
        String url3 = third.getJsonObject("trigger").getJsonObject("event").getJsonObject("body").getString("raw_body_url");
        assertEquals("{ \"name\": \"Yoda\" }", new String(download(url3), StandardCharsets.UTF_8));

        byte[] tooLarge = new byte[2 * 1024 * 1024 + 1]; // the IT server's file limit is 2 MiB
        Api.Reply over = api.raw(api.request(Api.endpoint(wf)).header("x-pd-upload-body", "1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge)));
        assertEquals(413, over.status(), over.body());
    }

    @Test
    void noTriggerRecordsATestEventAndRunsNothing() {
        JsonObject wf = echo("notrigger");
        String trigger = wf.getJsonArray("triggers").getJsonObject(0).getString("id");
        Api.Reply r = api.raw(api.request(Api.endpoint(wf)).header("x-pd-notrigger", "1")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"n\": 7}")));
        assertEquals(200, r.status(), r.body());
        Api.Reply byQuery = api.raw(api.request(Api.endpoint(wf) + "?x-pd-notrigger=1").GET());
        assertEquals(200, byQuery.status(), byQuery.body());
        JsonObject tests = api.get("/v1/workflows/" + wf.getString("id") + "/triggers/" + trigger + "/test_events").json();
        assertEquals(2, tests.getJsonArray("data").size(), tests.toString());
        assertEquals(7, tests.getJsonArray("data").getJsonObject(1).getJsonObject("event").getJsonObject("body").getInt("n"),
                tests.toString());
        api.trigger(wf);
        api.awaitFinished(wf.getString("id"));
        assertEquals(1, api.get("/v1/workflows/" + wf.getString("id") + "/executions").json().getJsonArray("data").size(),
                "only the request without x-pd-notrigger ran");
        assertEquals(404, api.get("/v1/workflows/" + wf.getString("id") + "/triggers/hi_nope/test_events").status());
    }

    @Test
    void realAnswersCarryCorsAndRespondSendsBuffersAndTypedArraysAsBytes() throws Exception {
        JsonObject plain = echo("cors");
        Api.Reply r = api.raw(api.request(Api.endpoint(plain)).header("Origin", "https://app.example")
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals("*", r.header("access-control-allow-origin"));
        assertEquals("*", api.raw(api.request(api.base() + "/e/enotakey0000000").GET()).header("access-control-allow-origin"));

        JsonObject wf = api.createHttpWorkflow("bytes", steps(step("reply", """
                export default defineComponent({
                  async run({ steps, $ }) {
                    if (steps.trigger.event.query.typed) {
                      await $.respond({ status: 200, body: new Uint8Array([0, 255, 1, 128]) });
                    } else {
                      await $.respond({ status: 200, headers: { "content-type": "image/png" },
                                        body: Buffer.from("iVBORw0KGgo=", "base64") });
                    }
                  },
                })""")));
        HttpResponse<byte[]> buffer = HTTP.send(HttpRequest.newBuilder(URI.create(Api.endpoint(wf))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, buffer.statusCode());
        assertEquals("image/png", buffer.headers().firstValue("content-type").orElse(""));
        assertEquals("*", buffer.headers().firstValue("access-control-allow-origin").orElse(""));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, buffer.body());
        HttpResponse<byte[]> typed = HTTP.send(HttpRequest.newBuilder(URI.create(Api.endpoint(wf) + "?typed=1")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(new byte[] {0, (byte) 255, 1, (byte) 128}, typed.body());
        assertEquals("application/octet-stream", typed.headers().firstValue("content-type").orElse(""));
    }

    private JsonObject echo(String name) {
        return api.createHttpWorkflow(name + "-" + System.nanoTime(), steps(step("s",
                "export default defineComponent({ async run({ steps }) { return steps.trigger.event.body ?? null } })")));
    }

    private static void field(ByteArrayOutputStream body, String name, String value) {
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    static byte[] download(String url) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        return r.body();
    }
}
