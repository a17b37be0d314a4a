/**
 * Saved components ({@code sc_...}): the code of a Pipedream component (a source or an action) with
 * the metadata its module declares, immutable once saved. A workspace's components are created with
 * {@code POST /v1/components}; Millrace's own registry components (shipped as resources, loaded at
 * start-up) belong to no workspace. {@link io.millrace.domain.component.RegistryPaths} maps component URLs
 * that name registry paths to registry keys.
 */
package io.millrace.domain.component;
