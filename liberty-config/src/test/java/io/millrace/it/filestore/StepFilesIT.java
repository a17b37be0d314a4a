package io.millrace.it.filestore;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
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
 * {@code $.files} in code steps through the real server: a step writes files to its project's store (also through
 * {@code createWriteStream} piped from a stream), a later
 * step opens one from the first step's export, the REST API sees them, a signed URL from {@code toUrl()} serves
 * them, and another project's workflow does not see them.
 */
class StepFilesIT {
    private final Api admin = Api.server();

    @Test
    void stepsWriteListReadAndShareFilesOfTheirProject() throws Exception {
        Users.TestUser owner = Users.inNewWorkspace(admin, "stepfiles");
        Api api = owner.api();
        JsonObject wf = api.createHttpWorkflow("files-" + System.nanoTime(), steps(
                step("create", """
                        import { pipeline } from "stream/promises";
                        import { Readable } from "stream";
                        export default defineComponent({
                          async run({ steps, $ }) {
                            await $.files.open("notes/hello.txt").fromBuffer("hello " + steps.trigger.event.query.who, "text/plain");
                            const sink = await $.files.open("streamed/out.txt").createWriteStream("text/plain", 11);
                            await pipeline(Readable.from(["hello", " ", Buffer.from("world")]), sink);
                            await $.files.open("notes/deep/bytes.bin").fromBuffer(Buffer.from([1, 2, 3]));
                            const file = $.files.open("notes/hello.txt");
                            return file;
                          },
                        })"""),
                step("use", """
                        export default defineComponent({
                          async run({ steps, $ }) {
                            const file = $.files.openDescriptor(steps.create.$return_value);
                            const text = (await file.toBuffer()).toString();
                            const entries = [];
                            for await (const e of $.files.dir("notes")) entries.push([e.path, e.isDirectory(), e.size]);
                            return { text, entries, url: await file.toUrl() };
                          },
                        })""")));
        api.raw(api.request(Api.endpoint(wf) + "?who=Ada").GET());
        JsonObject ex = api.awaitFinished(wf.getString("id"));
        assertEquals("success", ex.getString("status"), ex.toString());
        JsonObject result = ex.getJsonArray("steps").getJsonObject(1).getJsonObject("$return_value");
        assertEquals("hello Ada", result.getString("text"));
        JsonArray entries = result.getJsonArray("entries");
        assertEquals("[[\"notes/deep\",true,3],[\"notes/hello.txt\",false,9]]", entries.toString());
        HttpResponse<String> viaUrl = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(result.getString("url"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("hello Ada", viaUrl.body());

        JsonObject meta = api.get("/v1/projects/" + owner.projectId() + "/files/metadata?path=notes/hello.txt").json()
                .getJsonObject("data");
        assertEquals("text/plain", meta.getString("content_type"));
        Api.Reply streamed = api.get("/v1/projects/" + owner.projectId() + "/files/content?path=streamed/out.txt");
        assertEquals("hello world", streamed.body(), "createWriteStream stored what was piped into it");
        assertEquals("text/plain", api.get("/v1/projects/" + owner.projectId() + "/files/metadata?path=streamed/out.txt").json()
                .getJsonObject("data").getString("content_type"));

        // Another workspace's workflow has a file store of its own.
        Users.TestUser other = Users.inNewWorkspace(admin, "stepfiles-other");
        JsonObject peek = other.api().createHttpWorkflow("peek-" + System.nanoTime(), steps(step("peek",
                "export default defineComponent({ async run({ $ }) { return $.files.dir('notes').length } })")));
        other.api().raw(other.api().request(Api.endpoint(peek)).GET());
        JsonObject seen = other.api().awaitFinished(peek.getString("id"));
        assertEquals(0, seen.getJsonArray("steps").getJsonObject(0).getInt("$return_value"));

        JsonObject bad = api.createHttpWorkflow("bad-path-" + System.nanoTime(), steps(step("bad",
                "export default defineComponent({ async run({ $ }) { return $.files.open('a/../b') } })")));
        api.raw(api.request(Api.endpoint(bad)).GET());
        JsonObject failed = api.awaitFinished(bad.getString("id"));
        assertEquals("error", failed.getString("status"));
        assertTrue(failed.getJsonObject("error").getString("message").contains("$.files.open"), failed.toString());
        assertTrue(new String(viaUrl.body().getBytes(), StandardCharsets.UTF_8).startsWith("hello"));
    }
}
