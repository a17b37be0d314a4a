/** {@code /v1/sources}: deployed sources, their events, runs and live SSE streams. */
package io.millrace.web.api.source;
