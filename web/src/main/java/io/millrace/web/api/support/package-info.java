/**
 * What every resource shares: the {@code {"data": …}} envelope and the cursor page renderer
 * ({@link io.millrace.web.api.support.Envelope}), the paging and {@code expand} parameters, request bodies,
 * field renderers, and the SSE streams' base ({@link io.millrace.web.api.support.SseStream},
 * {@link io.millrace.web.api.support.OpenStreams}).
 */
package io.millrace.web.api.support;
