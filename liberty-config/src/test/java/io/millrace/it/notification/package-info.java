/**
 * What tells a user that something happened: the workflow {@code $errors} stream and outgoing mail.
 */
package io.millrace.it.notification;
