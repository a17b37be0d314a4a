package io.millrace.application.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.component.Component;
import io.millrace.domain.component.ComponentRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComponentRegistryTest {
    private final List<Component> saved = new ArrayList<>();
    private final List<String> described = new ArrayList<>();
    private final ComponentRegistry registry = new ComponentRegistry();

    ComponentRegistryTest() {
        registry.components = new ComponentRepository() {
            @Override
            public Optional<Component> find(String id) {
                return saved.stream().filter(c -> c.id().equals(id)).findFirst();
            }

            @Override
            public Optional<Component> newestByKey(String workspaceId, String key) {
                return Optional.empty();
            }

            @Override
            public Optional<Component> sameCode(String workspaceId, String codeHash, String componentUrl) {
                return saved.stream().filter(c -> c.codeHash().equals(codeHash)).findFirst();
            }

            @Override
            public List<Component> ofWorkspace(String workspaceId, int max) {
                return List.of();
            }

            @Override
            public List<Component> registry() {
                return saved;
            }

            @Override
            public void add(Component component) {
                saved.add(component);
            }

            @Override
            public void remove(Component component) {
                saved.remove(component);
            }

            @Override
            public java.util.Map<String, String> workflowsUsing(String componentId) {
                return java.util.Map.of();
            }

            @Override
            public java.util.Map<String, String> sourcesUsing(String componentId) {
                return java.util.Map.of();
            }
        };
        registry.writer = new ComponentWriter();
        registry.writer.components = registry.components;
        registry.describer = new ComponentDescriber() {
            @Override
            public Component.Declaration describe(String code, String field) {
                described.add(field);
                String[] parts = code.split("\\|");
                return new Component.Declaration(parts[0], parts[1], parts[2], "0.1.0", parts[3], null, "[]",
                        List.of(), "{}");
            }
        };
    }

    private void install() {
        registry.install(List.of(
                new RegistryResource("rss-new-item-in-feed", "rss", "rss-new-item-in-feed|New Item in Feed|source|Emit new items from an RSS feed"),
                new RegistryResource("http-new-requests", "http", "http-new-requests|New Requests|source|Emit each HTTP request"),
                new RegistryResource("http-request", "http", "http-request|HTTP Request|action|Send an HTTP request"),
                new RegistryResource("filter", "filter", "filter|Filter|action|Continue or end the workflow")));
    }

    @Test
    void componentsAreDescribedOnceWithIdsFromTheirCode() {
        install();
        assertEquals(4, saved.size());
        assertEquals(List.of("rss-new-item-in-feed", "http-new-requests", "http-request", "filter"), described);
        String id = registry.byKey("filter").orElseThrow().id();
        assertTrue(id.matches("sc_[0-9A-Za-z]{8}"), id);
        assertEquals(ComponentRegistry.idFor(ComponentDescriber.hash("filter|Filter|action|Continue or end the workflow")), id);
        assertNotEquals(id, registry.byKey("http-request").orElseThrow().id());
        described.clear();
        install();
        assertEquals(List.of(), described, "saved components are not described again");
        assertEquals(4, saved.size());
        assertTrue(registry.byKey("filter").orElseThrow().registry());
    }

    @Test
    void searchMatchesWordsAndFiltersByApp() {
        install();
        ComponentRegistry.Search rss = registry.search("new RSS items", null, 10);
        assertEquals("rss-new-item-in-feed", rss.sources().get(0), "the best match comes first");
        assertEquals(List.of(), rss.actions());
        assertEquals(List.of("http-request"), registry.search("send an http request", "http", 10).actions());
        assertEquals(List.of("http-new-requests"), registry.search("http", "http", 1).sources());
        assertEquals(List.of(), registry.search("http", "filter", 10).sources());
        assertEquals(4, registry.search("", null, 10).sources().size() + registry.search("", null, 10).actions().size());
        assertEquals(List.of(), registry.search("zzz", null, 10).actions());
    }

    @Test
    void registryUrlsNameRegistryComponents() {
        install();
        assertTrue(registry.forUrl("https://github.com/PipedreamHQ/pipedream/components/rss/rss.js").isEmpty());
        assertEquals("rss-new-item-in-feed", registry.forUrl("rss-new-item-in-feed").orElseThrow().key());
        assertEquals("http-request", registry.forUrl("registry:http-request").orElseThrow().key());
        assertTrue(registry.forUrl("https://example.com/x.mjs").isEmpty());
    }
}
