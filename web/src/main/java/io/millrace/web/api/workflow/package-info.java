/** {@code /v1/workflows}: create, deploy, read, delete workflows; their emitted events. */
package io.millrace.web.api.workflow;
