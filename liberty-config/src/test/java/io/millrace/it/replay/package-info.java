/** Bulk replays ({@code /v1/replays}): the API, the batch job, its stop, restart, abandon and crash recovery. */
package io.millrace.it.replay;
