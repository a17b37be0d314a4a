package io.millrace.it.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.it.support.Api;
import io.millrace.it.support.Sources;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A polling source written as Pipedream's are: @pipedream/platform's DEFAULT_POLLING_SOURCE_TIMER_INTERVAL
 * as the timer's default, an app (methods bound, $auth configured) and a propDefinition, dedupe "unique".
 */
class PollingSourceIT {
    static final String SOURCE = """
            import { DEFAULT_POLLING_SOURCE_TIMER_INTERVAL, ConfigurationError } from "@pipedream/platform";
            const app = {
              type: "app",
              app: "lorem",
              propDefinitions: { prefix: { type: "string", label: "Prefix", default: "item" } },
              methods: {
                _items() { return [1, 2, 2, 3]; },
                listItems(prefix) {
                  if (!this.$auth.token) throw new ConfigurationError("connect the lorem account");
                  return this._items().map(n => ({ id: n, name: prefix + "-" + n }));
                },
              },
            };
            export default {
              key: "lorem-new-item", name: "New Item", version: "0.0.1", type: "source", dedupe: "unique",
              props: {
                app,
                db: "$.service.db",
                timer: { type: "$.interface.timer", default: { intervalSeconds: DEFAULT_POLLING_SOURCE_TIMER_INTERVAL } },
                prefix: { propDefinition: [app, "prefix"] },
              },
              hooks: {
                async deploy() { await this.poll(); },
              },
              methods: {
                async poll() {
                  const { listItems } = this.app;
                  for (const item of listItems(this.prefix)) this.$emit(item, { id: item.id, summary: item.name });
                },
              },
              async run() { await this.poll(); },
            };""";
    private final Api api = Api.server();

    @Test
    void theTimerDefaultsToPipedreamsPollingIntervalAndTheAppListsItems() {
        JsonObject s = Sources.fromCode(api, "polling", SOURCE, "{\"app\": {\"$auth\": {\"token\": \"t\"}}, \"prefix\": \"lorem\"}");
        assertEquals(900, s.getJsonObject("configured_props").getJsonObject("timer").getInt("interval_seconds"), s.toString());
        List<JsonValue> events = Sources.awaitEmitted(api, s.getString("id"), 3, 60);
        assertEquals(List.of("lorem-1", "lorem-2", "lorem-3"),
                events.stream().map(e -> e.asJsonObject().getString("name")).toList(), "deduped by id: " + events);
        api.delete("/v1/sources/" + s.getString("id"));
    }
}
