/**
 * Operations of the server itself rather than of a workspace: readiness, retention runs. Holds the
 * services the web layer calls and the ports that infrastructure and the batch module implement.
 */
package io.millrace.application.operations;
