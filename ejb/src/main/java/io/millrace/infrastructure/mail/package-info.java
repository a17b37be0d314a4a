/** Outgoing email with Jakarta Mail through the server's mail session ({@code mail/millrace}). */
package io.millrace.infrastructure.mail;
