/**
 * Email triggers' intake: a message for {@code <key>[+data]@<inbound domain>} (from the built-in SMTP receiver or
 * the IMAP catch-all mailbox, both in {@code infrastructure.mail}) is parsed with Jakarta Mail ({@code MailParser},
 * {@code ParsedMail}), its raw bytes and attachments are stored in the project's file store and its event
 * ({@code EmailEvent}) is recorded, all in one transaction ({@code MailWriter}); {@code EmailIntake} finds the
 * trigger of an address, refuses mail over the size limit as a visible error, and remembers mailbox messages already
 * received; {@code EmailSettings} holds the inbound domain and the size limit.
 */
package io.millrace.application.email;
