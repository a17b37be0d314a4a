package io.millrace.application.connect;

import io.millrace.application.component.ComponentRegistry;
import io.millrace.domain.apps.App;
import io.millrace.domain.apps.AppRepository;
import io.millrace.domain.component.Component;
import io.millrace.domain.component.ComponentRepository;
import io.millrace.domain.workspace.User;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Connect's view of the app catalogue ({@code /v1/connect/apps}, {@code /v1/connect/app_categories}): the
 * catalogue's apps, searched, narrowed by category and by whether the caller's workspace or the registry has
 * components (actions, triggers) for them, sorted and paged in memory (a catalogue is small). A category is a name
 * some app lists; its id is {@code appcat_} and the name in lower case with each run of other characters as
 * {@code _}.
 */
@ApplicationScoped
public class ConnectApps {
    private static final int MAX_APPS = 5000;
    private static final int MAX_SAVED = 1000;

    @Inject
    AppRepository apps;
    @Inject
    ComponentRegistry registry;
    @Inject
    ComponentRepository components;

    /** A category: its id and name. */
    public record Category(String id, String name) {
    }

    public Page<App> list(User caller, AppQuery query) {
        Comparator<App> order = order(query.sortKey(), query.sortDirection());
        Set<String> categories = query.categoryIds() == null ? Set.of() : Set.copyOf(query.categoryIds());
        Map<String, Set<String>> withComponents = query.hasComponents() == null && query.hasActions() == null
                && query.hasTriggers() == null ? Map.of() : appsWithComponents(caller);
        List<App> matching = new ArrayList<>();
        for (App app : all(query.q())) {
            if (!categories.isEmpty() && app.categories().stream().map(ConnectApps::categoryId).noneMatch(categories::contains)) {
                continue;
            }
            if (fits(query.hasComponents(), withComponents, "any", app) && fits(query.hasActions(), withComponents, "action", app)
                    && fits(query.hasTriggers(), withComponents, "trigger", app)) {
                matching.add(app);
            }
        }
        matching.sort(order);
        return page(matching, query);
    }

    public App get(String idOrSlug) {
        return (idOrSlug.startsWith("app_") ? apps.app(idOrSlug).or(() -> apps.bySlug(idOrSlug)) : apps.bySlug(idOrSlug))
                .orElseThrow(() -> new NotFoundException("app " + Quoted.value(idOrSlug) + " not found"));
    }

    /** Every category some app of the catalogue lists, by name. */
    public List<Category> categories() {
        Map<String, Category> byId = new LinkedHashMap<>();
        for (App app : all(null)) {
            for (String name : app.categories()) {
                byId.putIfAbsent(categoryId(name), new Category(categoryId(name), name));
            }
        }
        return byId.values().stream().sorted(Comparator.comparing(Category::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public Category category(String id) {
        return categories().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("app category " + Quoted.value(id) + " not found"));
    }

    public static String categoryId(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return "appcat_" + slug;
    }

    private List<App> all(String q) {
        List<App> out = new ArrayList<>();
        String after = null;
        while (out.size() < MAX_APPS) {
            Page<App> page = apps.apps(q, new PageRequest(PageRequest.MAX_LIMIT, after, null));
            out.addAll(page.items());
            if (page.items().size() < PageRequest.MAX_LIMIT || page.endCursor() == null) {
                break;
            }
            after = page.endCursor();
        }
        return out;
    }

    /** The name slugs of apps with components of the caller's workspace or the registry: by "any", "action", "trigger". */
    private Map<String, Set<String>> appsWithComponents(User caller) {
        Map<String, Set<String>> out = Map.of("any", new HashSet<>(), "action", new HashSet<>(), "trigger", new HashSet<>());
        List<Component> all = new ArrayList<>(components.ofWorkspace(caller.workspaceId(), MAX_SAVED));
        all.addAll(registry.all());
        for (Component c : all) {
            if (c.app() != null) {
                out.get("any").add(c.app());
                out.get(ComponentKind.typeOf(c)).add(c.app());
            }
        }
        return out;
    }

    private static boolean fits(Boolean wanted, Map<String, Set<String>> withComponents, String kind, App app) {
        return wanted == null || wanted == withComponents.get(kind).contains(app.nameSlug());
    }

    private static Comparator<App> order(String sortKey, String direction) {
        Comparator<App> order = switch (sortKey == null ? "name" : sortKey) {
            case "name" -> Comparator.comparing(App::name, String.CASE_INSENSITIVE_ORDER);
            case "name_slug" -> Comparator.comparing(App::nameSlug);
            case "featured_weight" -> Comparator.comparing(App::nameSlug); // every app weighs 0: by name slug
            default -> throw new InvalidInputException("sort_key", "sort_key must be name, name_slug or featured_weight");
        };
        order = order.thenComparing(App::id);
        return switch (direction == null ? "asc" : direction) {
            case "asc" -> order;
            case "desc" -> order.reversed();
            default -> throw new InvalidInputException("sort_direction", "sort_direction must be asc or desc");
        };
    }

    private static Page<App> page(List<App> sorted, AppQuery query) {
        int from = 0;
        int to = sorted.size();
        if (query.after() != null) {
            from = indexOf(sorted, query.after(), "after") + 1;
        }
        if (query.before() != null) {
            to = indexOf(sorted, query.before(), "before");
            from = Math.max(from, to - query.limit());
        }
        List<App> items = sorted.subList(Math.min(from, to), to).stream().limit(query.limit()).toList();
        return Page.of(items, sorted.size(), App::id);
    }

    private static int indexOf(List<App> sorted, String id, String field) {
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new InvalidInputException(field, field + " must be the id of an app of this listing, not " + Quoted.value(id));
    }
}
