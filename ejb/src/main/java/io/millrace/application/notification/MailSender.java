package io.millrace.application.notification;

/**
 * The port to an outgoing mail server. {@code $.send.email} and the administrator's test message go
 * through it. Sending happens on the calling thread, outside any transaction.
 */
public interface MailSender {

    /**
     * Delivers the message to the mail server.
     *
     * @throws MailException when the server cannot be reached or refuses the message
     */
    void send(MailMessage message);
}
