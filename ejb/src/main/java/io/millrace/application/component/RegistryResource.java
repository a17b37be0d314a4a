package io.millrace.application.component;

/**
 * One component of Millrace's registry as shipped: its key, the app it belongs to (for the search's
 * {@code app} filter) and its code.
 */
public record RegistryResource(String key, String app, String code) {
}
