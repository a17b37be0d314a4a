/**
 * Request limits: every {@code /v1} request body is read, up to the limit of its endpoint's class (API JSON
 * or definitions), before anything parses or authenticates it; a larger one is a 413. The HTTP trigger
 * servlet applies its own limit (it records the refused event).
 */
package io.millrace.web.limits;
