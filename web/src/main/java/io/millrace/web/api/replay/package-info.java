/** Bulk replays: {@code /v1/replays}, their JSON, and the live progress stream ({@code /v1/replays/{id}/sse}). */
package io.millrace.web.api.replay;
