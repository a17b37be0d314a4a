/**
 * Components through the real server: saving them from code or URLs, the registry and its search,
 * registry actions used as workflow steps.
 */
package io.millrace.it.component;
