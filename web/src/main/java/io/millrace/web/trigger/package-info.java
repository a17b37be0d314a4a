/** HTTP trigger endpoints ({@code /e/<key>/…}): turning requests into events and answering callers. */
package io.millrace.web.trigger;
