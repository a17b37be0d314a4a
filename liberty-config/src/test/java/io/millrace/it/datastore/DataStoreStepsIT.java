package io.millrace.it.datastore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.it.support.Api;
import io.millrace.it.support.Users;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * {@code data_store} props of code steps and of the registry's data store actions, through the real
 * server: the workflow's project's stores are reachable by name or id, and writes are visible at once
 * through the records API.
 */
class DataStoreStepsIT {
    private final Api admin = Api.server();

    @Test
    void aCodeStepAndTheRegistryActionsReadAndWriteTheProjectsStore() {
        Users.TestUser user = Users.inNewWorkspace(admin, "ds-steps");
        Api api = user.api();
        String project = user.projectId();
        String storeName = "orders-" + System.nanoTime();
        Api.Reply created = api.post("/v1/projects/" + project + "/data_stores", "{\"name\":\"" + storeName + "\"}");
        assertEquals(200, created.status(), created.body());
        String storeId = created.json().getJsonObject("data").getString("id");

        String write = "export default defineComponent({ props: { db: { type: 'data_store' } },"
                + " async run({ steps }) { const n = steps.trigger.event.query.n;"
                + " await this.db.set('count', Number(n)); await this.db.set('temp', 'x', { ttl: 3600 });"
                + " return await this.db.has('count') } })";
        String read = "export default defineComponent({ props: { db: { type: 'data_store' } },"
                + " async run() { return { count: await this.db.get('count'), keys: await this.db.keys() } } })";
        JsonObject wf = api.createHttpWorkflow("ds-steps-" + System.nanoTime(), "["
                + "{\"name\":\"write\",\"code\":" + quote(write) + ",\"props\":{\"db\":\"" + storeName + "\"}},"
                + "{\"name\":\"read\",\"code\":" + quote(read) + ",\"props\":{\"db\":{\"id\":\"" + storeId + "\"}}},"
                + "{\"name\":\"set_by_action\",\"component\":\"data-store-set\",\"props\":{\"dataStore\":\"" + storeId
                + "\",\"key\":\"from_action\",\"value\":{\"ok\":true}}},"
                + "{\"name\":\"get_by_action\",\"component\":\"data-store-get\",\"props\":{\"dataStore\":\"" + storeId
                + "\",\"key\":\"from_action\"}}]");
        assertEquals(200, api.raw(api.request(Api.endpoint(wf) + "?n=41").GET()).status());
        JsonObject done = api.awaitFinished(wf.getString("id"));
        assertEquals("success", done.getString("status"), done.toString());

        JsonObject readResult = done.getJsonArray("steps").getJsonObject(1).getJsonObject("$return_value");
        assertEquals(41, readResult.getInt("count"));
        assertEquals("[\"count\",\"temp\"]", readResult.getJsonArray("keys").toString());
        Api.Reply record = api.get("/v1/data_stores/" + storeId + "/records/count");
        assertEquals(200, record.status(), record.body());
        assertEquals(41, record.json().getJsonObject("data").getInt("value"));
        assertEquals(true, api.get("/v1/data_stores/" + storeId + "/records/from_action").json()
                .getJsonObject("data").getJsonObject("value").getBoolean("ok"));
        assertEquals("{\"ok\":true}", done.getJsonArray("steps").getJsonObject(3).get("$return_value").toString(),
                done.getJsonArray("steps").getJsonObject(3).toString());
    }

    @Test
    void aStoreOfAnotherWorkspaceIsNotReachable() {
        Users.TestUser owner = Users.inNewWorkspace(admin, "ds-owner");
        Api.Reply created = owner.api().post("/v1/projects/" + owner.projectId() + "/data_stores",
                "{\"name\":\"private-" + System.nanoTime() + "\"}");
        String foreignId = created.json().getJsonObject("data").getString("id");
        Users.TestUser other = Users.inNewWorkspace(admin, "ds-other");
        String code = "export default defineComponent({ props: { db: { type: 'data_store' } },"
                + " async run() { return await this.db.get('k') } })";
        JsonObject wf = other.api().createHttpWorkflow("ds-foreign-" + System.nanoTime(),
                "[{\"name\":\"peek\",\"code\":" + quote(code) + ",\"props\":{\"db\":\"" + foreignId + "\"}}]");
        JsonObject done = other.api().runOnce(wf);
        assertEquals("error", done.getString("status"), done.toString());
    }

    private static String quote(String code) {
        return jakarta.json.Json.createValue(code).toString();
    }
}
