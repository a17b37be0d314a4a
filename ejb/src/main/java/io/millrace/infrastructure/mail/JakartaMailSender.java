package io.millrace.infrastructure.mail;

import io.millrace.application.notification.MailException;
import io.millrace.application.notification.MailMessage;
import io.millrace.application.notification.MailSender;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;

/**
 * Sends mail through the Liberty {@code <mailSession>} {@code mail/millrace} (profiles/mail.xml: SMTP
 * host, port, sender, credentials, TLS from the {@code MILLRACE_SMTP_*} variables). A message with
 * both text and HTML is {@code multipart/alternative}, the HTML part last so that clients prefer it.
 */
@ApplicationScoped
public class JakartaMailSender implements MailSender {
    @Resource(lookup = "mail/millrace")
    Session session;

    @Override
    public void send(MailMessage message) {
        try {
            MimeMessage mime = new MimeMessage(session);
            String from = session.getProperty("mail.from");
            if (from != null && !from.isBlank()) {
                mime.setFrom(new InternetAddress(from, true));
            } else {
                mime.setFrom();
            }
            mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(message.to(), true));
            mime.setSubject(message.subject(), "UTF-8");
            mime.setSentDate(new Date());
            if (message.html() == null) {
                mime.setText(message.text(), "UTF-8");
            } else if (message.text() == null) {
                mime.setText(message.html(), "UTF-8", "html");
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(message.text(), "UTF-8");
                MimeBodyPart html = new MimeBodyPart();
                html.setText(message.html(), "UTF-8", "html");
                mime.setContent(new MimeMultipart("alternative", text, html));
            }
            Transport.send(mime);
        } catch (MessagingException e) {
            throw new MailException("the mail server did not accept the message: " + e.getMessage(), e);
        }
    }
}
