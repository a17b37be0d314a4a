package io.millrace.it.api;

import io.millrace.it.support.Api;
import jakarta.json.Json;

/**
 * W's restricted project (projects' access control): made by W's owner, restricted to the owner's listing
 * of {@link AuthzCaller#MEMBER}, holding a workflow with a draft. {@link AuthzCaller#RESTRICTED} is a member of W
 * without access to it.
 */
record AuthzRestricted(String projectId, String workflowId) {
    static AuthzRestricted make(BadInputFixtures fx, AuthzCallers callers) {
        String project = AuthzCallers.data(fx.me.post("/v1/workspaces/" + fx.orgId + "/projects",
                "{\"name\":\"authz-restricted-" + BadInputFixtures.unique() + "\"}")).getString("id");
        String member = callers.api(AuthzCaller.MEMBER).get("/v1/users/me").json().getJsonObject("data").getString("id");
        AuthzCallers.expect(fx.me.put("/v1/projects/" + project + "/access", Json.createObjectBuilder()
                .add("restricted", true).add("members", Json.createArrayBuilder().add(member)).build().toString()), 200);
        Api.Reply workflow = fx.me.post("/v1/workflows", Json.createObjectBuilder()
                .add("name", "authz-restricted-" + BadInputFixtures.unique()).add("project_id", project)
                .add("triggers", Json.createArrayBuilder()).add("steps", Json.createArrayBuilder()).build().toString());
        String workflowId = AuthzCallers.data(workflow).getString("id");
        AuthzCallers.expect(fx.me.put("/v1/workflows/" + workflowId + "/draft", "{}"), 200); // GET …/draft reads it
        fx.putFile(project, BadInputFixtures.SHARED_FILE); // the file store's GETs read it
        return new AuthzRestricted(project, workflowId);
    }
}
