/** Administration: retention runs (through {@code application.operations}) and the mail test. */
package io.millrace.web.api.operations;
