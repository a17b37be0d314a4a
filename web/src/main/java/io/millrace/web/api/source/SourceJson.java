package io.millrace.web.api.source;

import io.millrace.web.api.support.Renders;
import io.millrace.application.source.SourceView;
import io.millrace.shared.JsonText;
import io.millrace.domain.source.Source;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObjectBuilder;

/**
 * A source as the seed shows it: {@code id}, {@code user_id}, {@code component_id},
 * {@code configured_props} (a timer as {@code {"cron", "interval_seconds"}}, the HTTP interface as
 * {@code {"endpoint_url"}}), {@code active}, {@code created_at}, {@code updated_at} (epoch seconds),
 * {@code name}, {@code name_slug}; and Millrace's {@code project_id}; and, as Pipedream's SDK reads a deployed
 * component, {@code owner_id} (the creator), {@code configurable_props} (its component's) and {@code type}
 * ({@code DeployedComponent}).
 */
final class SourceJson {
    private SourceJson() {
    }

    /**
     * A source in a list ({@code /users/me/sources}, {@code /orgs/{org_id}/sources}): as the seed's list
     * examples show it, without {@code user_id}.
     */
    static JsonObjectBuilder listItem(SourceView view) {
        return render(view).remove("user_id");
    }

    static JsonObjectBuilder render(SourceView view) {
        Source s = view.source();
        JsonObjectBuilder props = Jsonp.createObjectBuilder(JsonText.parseObject(s.configuredPropsJson()));
        if (s.httpProp() != null && view.endpointUrl() != null) {
            props.add(s.httpProp(), Jsonp.createObjectBuilder().add("endpoint_url", view.endpointUrl()));
        }
        return Jsonp.createObjectBuilder()
                .add("id", s.id())
                .add("user_id", s.userId())
                .add("component_id", s.componentId())
                .add("configured_props", props)
                .add("active", s.active())
                .add("created_at", Renders.seconds(s.createdAt()))
                .add("updated_at", Renders.seconds(s.updatedAt()))
                .add("name", s.name())
                .add("name_slug", s.nameSlug())
                .add("project_id", s.projectId())
                .add("owner_id", s.userId())
                .add("configurable_props", JsonText.parse(view.configurablePropsJson()))
                .add("type", "DeployedComponent");
    }
}
