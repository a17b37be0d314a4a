package io.millrace.infrastructure.mail;

import io.millrace.application.email.EmailIntake;
import io.millrace.application.email.Recipient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;

/**
 * One SMTP mail transaction: {@code RCPT TO} is refused with {@code 550} for an address that is no active email
 * trigger's; the message ({@code DATA}) is answered {@code 250} only after {@link EmailIntake#deliver} has recorded
 * it, {@code 552} when it is over the size limit (recorded as a failed execution), {@code 451} when it could not be
 * stored (the sender tries again).
 */
final class SmtpDelivery implements MessageHandler {
    private static final Logger LOG = Logger.getLogger(SmtpDelivery.class.getName());
    /** The bytes of an over-size message kept to read its headers from. */
    static final int HEAD_BYTES = 64 * 1024;

    private final EmailIntake intake;
    private final List<Recipient> recipients = new ArrayList<>();
    private String from;

    SmtpDelivery(EmailIntake intake) {
        this.intake = intake;
    }

    @Override
    public void from(String from) {
        this.from = from == null || from.isEmpty() ? null : from;
    }

    @Override
    public void recipient(String address) throws RejectException {
        Recipient r;
        try {
            r = intake.recipient(address).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "looking up an email trigger failed", e);
            throw new RejectException(451, "4.3.0 the address cannot be checked now, try again later");
        }
        if (r == null) {
            throw new RejectException(550, "5.1.1 <" + address + ">: no such mailbox");
        }
        if (recipients.stream().noneMatch(x -> x.target().emitterId().equals(r.target().emitterId()))) {
            recipients.add(r);
        }
    }

    @Override
    public String data(InputStream data) throws RejectException, IOException {
        long max = intake.maxBytes();
        ByteArrayOutputStream kept = new ByteArrayOutputStream(8192);
        long size = 0;
        byte[] buffer = new byte[8192];
        for (int n = data.read(buffer); n >= 0; n = data.read(buffer)) {
            long keep = size <= max ? Math.min(n, max + 1 - size) : 0;
            kept.write(buffer, 0, (int) keep);
            size += n;
        }
        try {
            if (size > max) {
                byte[] all = kept.toByteArray();
                byte[] head = java.util.Arrays.copyOf(all, Math.min(all.length, HEAD_BYTES));
                intake.tooLarge(from, recipients, size, head, null);
                throw new RejectException(552, "5.3.4 the message is " + size + " bytes, over the limit of " + max
                        + " bytes");
            }
            EmailIntake.Outcome outcome = intake.deliver(from, recipients, kept.toByteArray(), null);
            if (outcome == EmailIntake.Outcome.TOO_LARGE) {
                throw new RejectException(552, "5.3.4 the message and its attachments do not fit in the file store");
            }
            if (outcome == EmailIntake.Outcome.MALFORMED) {
                throw new RejectException(554, "5.6.0 the message could not be read");
            }
            return null;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "an email could not be stored; the sender was asked to try again", e);
            throw new RejectException(451, "4.3.0 the message could not be stored, try again later");
        }
    }

    @Override
    public void done() {
        recipients.clear();
    }
}
