package io.millrace.web.api.support;

import io.millrace.shared.Page;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.function.Function;

/** The seeds' response envelopes: {@code {"data": …}} and lists with {@code page_info}. */
public final class Envelope {
    private Envelope() {
    }

    public static JsonObject data(JsonValue value) {
        return Jsonp.createObjectBuilder().add("data", value).build();
    }

    public static JsonObject data(JsonObjectBuilder value) {
        return Jsonp.createObjectBuilder().add("data", value).build();
    }

    public static <T> JsonObject list(Page<T> page, Function<T, JsonObjectBuilder> render) {
        JsonArrayBuilder items = Jsonp.createArrayBuilder();
        page.items().forEach(item -> items.add(render.apply(item)));
        JsonObjectBuilder info = Jsonp.createObjectBuilder()
                .add("total_count", page.totalCount())
                .add("count", page.items().size());
        if (!page.totalExact()) {
            info.add("total_count_capped", true);
        }
        Renders.addNullable(info, "start_cursor", page.startCursor());
        Renders.addNullable(info, "end_cursor", page.endCursor());
        return Jsonp.createObjectBuilder().add("page_info", info).add("data", items).build();
    }
}
