package io.millrace.application.apps;

import io.millrace.domain.apps.App;
import io.millrace.domain.apps.AppRepository;
import io.millrace.domain.apps.AppRequest;
import io.millrace.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The transactions that change the app catalogue (input checked before). */
@ApplicationScoped
@Transactional
public class AppWriter {
    @Inject
    AppRepository apps;

    public App create(AppRequest request) {
        long now = System.currentTimeMillis();
        App app = apps.bySlug(request.nameSlug()).orElse(null);
        if (app == null) {
            app = new App(Ids.random("app_"), request.nameSlug(), App.Origin.ADMIN, now);
            apps.add(app);
        }
        app.apply(request, now);
        return app;
    }

    public Optional<App> update(String id, AppRequest request) {
        Optional<App> app = apps.app(id);
        app.ifPresent(a -> a.apply(request, System.currentTimeMillis()));
        return app;
    }

    /** @return false when accounts of the app exist (nothing deleted) */
    public boolean delete(String id) {
        if (apps.hasAccounts(id)) {
            return false;
        }
        apps.app(id).ifPresent(app -> {
            apps.oauthClientsOf(id).forEach(apps::remove);
            apps.remove(app);
        });
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void listFromComponent(String nameSlug) {
        if (apps.bySlug(nameSlug).isEmpty()) {
            apps.add(new App(Ids.random("app_"), nameSlug, App.Origin.COMPONENT, System.currentTimeMillis()));
        }
    }
}
