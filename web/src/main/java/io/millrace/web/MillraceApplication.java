package io.millrace.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application: the REST API under /v1. HTTP trigger endpoints (/e/…) are a servlet. */
@ApplicationPath("/")
public class MillraceApplication extends Application {
}
