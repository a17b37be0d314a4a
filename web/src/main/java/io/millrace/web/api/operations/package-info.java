/** Administration: retention runs and the mail test. */
package io.millrace.web.api.operations;
