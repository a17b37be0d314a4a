/**
 * Sources (the component API) through the real server: create, list, update, delete; their events,
 * lifecycle hooks, SSE stream, timers, HTTP and RSS sources.
 */
package io.millrace.it.source;
