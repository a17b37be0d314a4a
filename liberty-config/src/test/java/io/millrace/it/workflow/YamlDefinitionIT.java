package io.millrace.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.it.support.Api;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** A workflow definition posted as YAML deploys and runs like its JSON form. */
class YamlDefinitionIT {
    private final Api api = Api.server();

    @Test
    void aYamlDefinitionDeploysAndRuns() {
        String yaml = """
                name: yaml-workflow
                triggers:
                  - type: http
                steps:
                  - name: double
                    props:
                      factor: 2
                    code: |
                      export default defineComponent({
                        props: { factor: { type: "integer" } },
                        async run({ steps }) { return steps.trigger.event.body.n * this.factor }
                      })
                """;
        Api.Reply created = api.raw(api.request("/v1/workflows")
                .header("Authorization", "Bearer " + System.getProperty("millrace.it.api.key"))
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(yaml)));
        assertEquals(200, created.status(), created.body());
        JsonObject wf = created.json().getJsonObject("data");
        api.trigger(wf, "{\"n\":21}");
        JsonObject ex = api.awaitFinished(wf.getString("id"));
        assertEquals(42, ex.getJsonArray("steps").getJsonObject(0).getInt("$return_value"));

        Api.Reply bad = api.raw(api.request("/v1/workflows")
                .header("Authorization", "Bearer " + System.getProperty("millrace.it.api.key"))
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString("name: [oops")));
        assertEquals(400, bad.status());
    }
}
