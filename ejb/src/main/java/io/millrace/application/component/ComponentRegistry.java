package io.millrace.application.component;

import io.millrace.domain.component.Component;
import io.millrace.domain.component.ComponentRepository;
import io.millrace.domain.component.RegistryPaths;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Millrace's registry: the components shipped with it ({@link RegistryResources}). Soon after start-up,
 * or at the first request that needs it, {@link #installShipped} saves each shipped component that is
 * not saved yet (described once; its id is derived from its code, so it is the same on every node and
 * install), and the shipped version of each key becomes the one the registry answers with. Sources keep
 * running the version they were created with.
 */
@ApplicationScoped
public class ComponentRegistry {
    private static final Logger LOG = Logger.getLogger(ComponentRegistry.class.getName());
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    @Inject
    ComponentRepository components;
    @Inject
    ComponentWriter writer;
    @Inject
    ComponentDescriber describer;

    private volatile Map<String, Component> current;

    /** Installs the components shipped with Millrace, unless that was done already. */
    public synchronized void installShipped() {
        if (current == null) {
            install(RegistryResources.shipped());
        }
    }

    /** Saves the components not saved yet; a component that fails to describe is logged and left out. */
    synchronized void install(List<RegistryResource> resources) {
        Map<String, Component> byKey = new LinkedHashMap<>();
        for (RegistryResource r : resources) {
            try {
                String hash = ComponentDescriber.hash(r.code());
                Component saved = components.sameCode(null, hash, null).orElse(null);
                if (saved == null) {
                    Component.Declaration d = describer.describe(r.code(), r.key());
                    saved = writer.add(new Component(idFor(hash), null, d, r.code(), hash, null, r.app(),
                            System.currentTimeMillis()));
                }
                byKey.put(r.key(), saved);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "registry component " + r.key() + " could not be installed", e);
            }
        }
        current = Collections.unmodifiableMap(byKey);
        LOG.info("Component registry: " + byKey.size() + " of " + resources.size() + " components installed");
    }

    /** The registry's components, one per key (the shipped version). */
    public List<Component> all() {
        return new ArrayList<>(components().values());
    }

    public Optional<Component> byKey(String key) {
        return Optional.ofNullable(components().get(key));
    }

    /** The registry component a {@code component_url} names (see {@link RegistryPaths}), if any. */
    public Optional<Component> forUrl(String url) {
        List<RegistryPaths.Entry> entries = all().stream()
                .map(c -> new RegistryPaths.Entry(c.key(), c.app(), c.type())).toList();
        return RegistryPaths.keyFor(url, entries).flatMap(this::byKey);
    }

    /**
     * A plain text match (not AI search): the query's words are looked up in each component's key, name,
     * description and app; components matching more words come first. An empty query matches all.
     *
     * @param app   only components of this app (null: all)
     * @param limit at most this many sources and this many actions
     */
    public Search search(String query, String app, int limit) {
        List<String> words = words(query);
        List<Scored> scored = new ArrayList<>();
        for (Component c : all()) {
            if (app != null && !app.equalsIgnoreCase(c.app() == null ? "" : c.app())) {
                continue;
            }
            String text = (c.key() + " " + c.name() + " " + c.description() + " " + c.app()).toLowerCase(Locale.ROOT);
            int score = (int) words.stream().filter(text::contains).count();
            if (words.isEmpty() || score > 0) {
                scored.add(new Scored(c, score));
            }
        }
        scored.sort((a, b) -> a.score() != b.score() ? Integer.compare(b.score(), a.score())
                : a.component().key().compareTo(b.component().key()));
        List<String> sources = scored.stream().filter(s -> s.component().source()).limit(limit)
                .map(s -> s.component().key()).toList();
        List<String> actions = scored.stream().filter(s -> !s.component().source()).limit(limit)
                .map(s -> s.component().key()).toList();
        return new Search(sources, actions);
    }

    /** Keys of the matching sources and actions, best first. */
    public record Search(List<String> sources, List<String> actions) {
    }

    private record Scored(Component component, int score) {
    }

    private Map<String, Component> components() {
        if (current == null) {
            installShipped();
        }
        return current;
    }

    private static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String w : query.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (w.length() > 1) {
                words.add(w);
            }
        }
        return words;
    }

    /** {@code sc_} and 8 base62 characters of the code's hash, so every install gives a component the same id. */
    static String idFor(String hexHash) {
        BigInteger n = new BigInteger(hexHash.substring(0, 16), 16);
        StringBuilder sb = new StringBuilder("sc_");
        BigInteger base = BigInteger.valueOf(62);
        for (int i = 0; i < 8; i++) {
            BigInteger[] qr = n.divideAndRemainder(base);
            sb.append(BASE62.charAt(qr[1].intValue()));
            n = qr[0];
        }
        return sb.toString();
    }
}
