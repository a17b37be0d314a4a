package io.millrace.it.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server the IT server sends its mail to: a GreenMail on {@code millrace.it.smtp.port} with the
 * credentials the server is configured with. Tests start and stop it themselves.
 */
public final class ItSmtp {
    private ItSmtp() {
    }

    /** A new, not yet started, server. */
    public static GreenMail server() {
        int port = Integer.parseInt(System.getProperty("millrace.it.smtp.port"));
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig()
                        .withUser("millrace-it@localhost", "millrace-it", "it-smtp-secret"));
    }
}
