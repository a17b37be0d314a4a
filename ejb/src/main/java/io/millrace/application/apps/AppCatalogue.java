package io.millrace.application.apps;

import io.millrace.domain.apps.App;
import io.millrace.domain.apps.AppRepository;
import io.millrace.domain.apps.AppRequest;
import io.millrace.shared.ConflictException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * The app catalogue, the same for every workspace. Anyone signed in reads it; the API lets only server
 * administrators change it (checked by the caller). An app is named by its id ({@code app_…}) or its name slug.
 */
@ApplicationScoped
public class AppCatalogue {
    @Inject
    AppRepository apps;
    @Inject
    AppWriter writer;

    public Page<App> list(String query, PageRequest page) {
        return apps.apps(query, page);
    }

    /** The app of this id or name slug. */
    public App get(String idOrSlug) {
        return find(idOrSlug).orElseThrow(() -> notFound(idOrSlug));
    }

    public Optional<App> find(String idOrSlug) {
        if (idOrSlug == null) {
            return Optional.empty();
        }
        return idOrSlug.startsWith("app_") ? apps.app(idOrSlug).or(() -> apps.bySlug(idOrSlug)) : apps.bySlug(idOrSlug);
    }

    public App create(JsonValue body) {
        AppRequest request = AppRequest.forCreate(body);
        App existing = apps.bySlug(request.nameSlug()).orElse(null);
        if (existing != null && existing.origin() == App.Origin.ADMIN) {
            throw new ConflictException("an app with name_slug " + Quoted.of(request.nameSlug()) + " already exists");
        }
        return writer.create(request); // an app only a component listed becomes the administrator's
    }

    public App update(String idOrSlug, JsonValue body) {
        App app = get(idOrSlug);
        AppRequest request = AppRequest.forUpdate(body);
        if (request.nameSlug() != null && !request.nameSlug().equals(app.nameSlug())
                && apps.bySlug(request.nameSlug()).isPresent()) {
            throw new ConflictException("an app with name_slug " + Quoted.of(request.nameSlug()) + " already exists");
        }
        return writer.update(app.id(), request).orElseThrow(() -> notFound(idOrSlug));
    }

    /** Deletes the app; refused (409) while accounts of it exist. */
    public void delete(String idOrSlug) {
        App app = get(idOrSlug);
        if (!writer.delete(app.id())) {
            throw new ConflictException("app " + Quoted.value(app.nameSlug())
                    + " still has connected accounts: delete them first");
        }
    }

    /** Lists the app a component's app prop names, if the catalogue does not have it yet (auth type none). */
    public void listedByComponent(String nameSlug) {
        if (nameSlug != null && AppRequest.SLUG.matcher(nameSlug).matches() && apps.bySlug(nameSlug).isEmpty()) {
            try {
                writer.listFromComponent(nameSlug);
            } catch (RuntimeException raced) {
                // listed by a concurrent save (the unique name slug): nothing to do
            }
        }
    }

    static NotFoundException notFound(String idOrSlug) {
        return new NotFoundException("app " + Quoted.value(idOrSlug) + " not found");
    }
}
