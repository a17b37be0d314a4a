package io.millrace.web.api.connect;

import jakarta.ws.rs.QueryParam;

/** The query of a component listing (a {@code @BeanParam}): search words, app, registry and the page. */
public class ComponentQuery {
    @QueryParam("q")
    String q;
    @QueryParam("app")
    String app;
    @QueryParam("registry")
    String registry;
    @QueryParam("limit")
    String limit;
    @QueryParam("after")
    String after;
}
