package io.millrace.application.source;

import io.millrace.application.environment.SecretBox;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import io.millrace.domain.source.ConfiguredProps;
import io.millrace.domain.source.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * Secret props of sources ({@code secret: true} string props, seed page /components/contributing/api):
 * their values are encrypted in the database and decrypted only when the component runs. The stored
 * runtime props hold {@code {"$sealed": "…"}} in their place (sealed with {@link SecretBox} for the
 * source and prop), the {@code configured_props} the API shows hold {@link #MASK}; an update that sends
 * the mask back (or leaves the prop out) keeps the stored value.
 */
@ApplicationScoped
public class SourceSecrets {
    /** What the API shows instead of a secret value. */
    public static final String MASK = "********";
    private static final String SEALED = "$sealed";

    @Inject
    SecretBox box;

    /** The configuration to store for the source: secret values sealed (runtime) and masked (display). */
    public ConfiguredProps.Configuration seal(String sourceId, ConfiguredProps.Configuration config) {
        if (config == null || config.secretProps().isEmpty()) {
            return config;
        }
        JsonObject runtime = JsonText.parseObject(config.runtimePropsJson());
        JsonObjectBuilder sealed = Jsonp.createObjectBuilder(runtime);
        JsonObjectBuilder shown = Jsonp.createObjectBuilder(JsonText.parseObject(config.displayJson()));
        for (String name : config.secretProps()) {
            if (runtime.get(name) instanceof JsonString value) {
                sealed.add(name, Jsonp.createObjectBuilder().add(SEALED, box.seal(value.getString(), context(sourceId, name))));
                shown.add(name, MASK);
            }
        }
        return config.withJson(JsonText.write(shown.build()), JsonText.write(sealed.build()));
    }

    /** The source's stored runtime props with the secret values decrypted, for the runtime. */
    public String runtimeProps(Source source) {
        return JsonText.write(opened(source));
    }

    /**
     * The source's configured props (as {@code configured_props} takes them) with the request's on top:
     * a {@code null} removes a prop; a secret left out or sent as {@link #MASK} keeps its stored value.
     */
    public JsonObject merged(Source source, JsonObject given) {
        JsonObject stored = JsonText.parseObject(source.configuredPropsJson());
        JsonObject runtime = opened(source);
        JsonObjectBuilder b = Jsonp.createObjectBuilder(stored);
        stored.forEach((name, value) -> {
            if (value instanceof JsonString s && MASK.equals(s.getString()) && runtime.containsKey(name)) {
                b.add(name, runtime.get(name));
            }
        });
        if (given != null) {
            given.forEach((name, value) -> {
                if (value.getValueType() == JsonValue.ValueType.NULL) {
                    b.remove(name);
                } else if (!(value instanceof JsonString s && MASK.equals(s.getString()) && runtime.containsKey(name))) {
                    b.add(name, value);
                }
            });
        }
        return b.build();
    }

    private JsonObject opened(Source source) {
        JsonObject runtime = JsonText.parseObject(source.propsJson());
        JsonObjectBuilder b = null;
        for (Map.Entry<String, JsonValue> e : runtime.entrySet()) {
            if (e.getValue() instanceof JsonObject o && o.size() == 1 && o.get(SEALED) instanceof JsonString text) {
                b = b == null ? Jsonp.createObjectBuilder(runtime) : b;
                b.add(e.getKey(), box.open(text.getString(), context(source.id(), e.getKey())));
            }
        }
        return b == null ? runtime : b.build();
    }

    private static String context(String sourceId, String prop) {
        return "source-prop:" + sourceId + "/" + prop;
    }
}
