package io.millrace.it.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The SMTP server the IT server sends its mail to: a GreenMail on {@code millrace.it.smtp.port} with the
 * credentials the server is configured with. A test class registers it ({@code @RegisterExtension static final
 * ItSmtp smtp = new ItSmtp();}): it is started before the class's tests and stopped after them.
 */
public final class ItSmtp implements BeforeAllCallback, AfterAllCallback {
    private GreenMail server;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    /** Starts a new server (again after {@link #stop}). */
    public void start() {
        int port = Integer.parseInt(System.getProperty("millrace.it.smtp.port"));
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig()
                        .withUser("millrace-it@localhost", "millrace-it", "it-smtp-secret"));
        server.start();
    }

    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The messages the server received so far. */
    public MimeMessage[] received() {
        return server.getReceivedMessages();
    }
}
