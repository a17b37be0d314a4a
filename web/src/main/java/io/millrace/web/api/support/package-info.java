/**
 * What every resource shares: the {@code {"data": …}} envelope and the cursor page renderer
 * ({@link io.millrace.web.api.support.Envelope}), the paging and {@code expand} parameters, request bodies,
 * field renderers.
 */
package io.millrace.web.api.support;
