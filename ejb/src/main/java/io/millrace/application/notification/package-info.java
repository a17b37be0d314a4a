/**
 * The workflow error stream ({@code $errors}) and error notices, and email: {@code $.send.email} to the
 * workspace's owner through the {@code MailSender} port.
 */
package io.millrace.application.notification;
