/**
 * Mail with Jakarta Mail: outgoing email through the server's mail session ({@code mail/millrace}); incoming mail
 * of email triggers through the built-in SMTP receiver ({@code SmtpReceiver}, SubEthaSMTP, one
 * {@code SmtpDelivery} per message) and the IMAP catch-all mailbox ({@code ImapMailbox}: IDLE or polling,
 * reconnecting), both handing messages to {@code application.email.EmailIntake}.
 */
package io.millrace.infrastructure.mail;
