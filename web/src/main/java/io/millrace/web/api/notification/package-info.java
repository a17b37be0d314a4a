/** A workflow's {@code $errors} stream. */
package io.millrace.web.api.notification;
