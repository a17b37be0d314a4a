package io.millrace.application.email;

import io.millrace.application.intake.TriggerTarget;
import io.millrace.domain.workflow.EmailAddress;
import io.millrace.domain.workflow.EmailTrigger;
import io.millrace.domain.workflow.EmailTriggerRepository;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.shared.TooLargeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where mail for email triggers comes in, from the SMTP receiver and the IMAP mailbox alike: {@link #recipient}
 * says whether an address is an active workflow's trigger; {@link #deliver} parses the message and records its
 * events durably (the caller answers {@code 250} or flags the mailbox message only after it returns);
 * {@link #tooLarge} records a message over the size limit as a failed execution of each recipient.
 */
@ApplicationScoped
public class EmailIntake {
    private static final Logger LOG = Logger.getLogger(EmailIntake.class.getName());
    public static final String TOO_LARGE = "Email Too Large";
    public static final String MALFORMED = "Malformed Email";

    @Inject
    EmailSettings settings;
    @Inject
    EmailTriggerRepository triggers;
    @Inject
    WorkflowRepository workflows;
    @Inject
    MailWriter writer;

    /** What became of a delivered message. */
    public enum Outcome {
        /** Recorded for every recipient. */
        ACCEPTED,
        /** Recorded, but some recipient's workflow queue was full (recorded there as a refused execution). */
        QUEUE_FULL,
        /** Over the size limit or the file store's limits: recorded as a failed execution of each recipient. */
        TOO_LARGE,
        /** Not a readable message: recorded as a failed execution of each recipient. */
        MALFORMED
    }

    /** The largest message accepted, in bytes. */
    public long maxBytes() {
        return settings.maxBytes();
    }

    /** The inbound domain of the triggers' addresses. */
    public String domain() {
        return settings.domain();
    }

    /** The active workflow's email trigger this address (with or without {@code +data}) is for, if any. */
    public Optional<Recipient> recipient(String address) {
        EmailAddress a = EmailAddress.parse(address);
        if (a == null || !a.inDomain(settings.domain())) {
            return Optional.empty();
        }
        Optional<EmailTrigger> trigger = triggers.byKey(a.key());
        Optional<Workflow> workflow = trigger.flatMap(t -> workflows.workflow(null, t.workflowId()))
                .filter(Workflow::active).filter(w -> w.deploymentId() != null);
        return workflow.map(w -> {
            WorkflowDeployment deployment = workflows.deployment(w.deploymentId()).orElseThrow();
            String sent = address.trim();
            if (sent.startsWith("<") && sent.endsWith(">")) {
                sent = sent.substring(1, sent.length() - 1).trim();
            }
            return new Recipient(sent, a.data(), new TriggerTarget(trigger.get().id(), null, w, deployment, 0));
        });
    }

    /**
     * Records the message's events for each recipient (one transaction); {@code messageKey} (a mailbox message's
     * {@link #messageKey}, or null) is remembered in it.
     */
    public Outcome deliver(String envelopeFrom, List<Recipient> recipients, byte[] raw, String messageKey) {
        if (raw.length > settings.maxBytes()) {
            tooLarge(envelopeFrom, recipients, raw.length, raw, messageKey);
            return Outcome.TOO_LARGE;
        }
        ParsedMail mail;
        try {
            mail = MailParser.parse(raw);
        } catch (MalformedMailException e) {
            writer.refuse(recipients, r -> EmailEvent.refused(envelope(envelopeFrom, r), raw.length, null), MALFORMED, e.getMessage(), messageKey);
            return Outcome.MALFORMED;
        }
        try {
            return writer.record(envelopeFrom, recipients, raw, mail, messageKey) > 0 ? Outcome.QUEUE_FULL
                    : Outcome.ACCEPTED;
        } catch (TooLargeException e) {
            writer.refuse(recipients, r -> EmailEvent.refused(envelope(envelopeFrom, r), raw.length, mail), TOO_LARGE, "the email and its attachments do not fit in the project's file "
                    + "store: " + e.getMessage(), messageKey);
            return Outcome.TOO_LARGE;
        }
    }

    /**
     * Records a message over the size limit as a failed execution of each recipient, with what its first bytes
     * ({@code head}, may be partial) tell about it.
     */
    public void tooLarge(String envelopeFrom, List<Recipient> recipients, long size, byte[] head, String messageKey) {
        ParsedMail headers = null;
        try {
            headers = MailParser.parseHeaders(head);
        } catch (MalformedMailException unreadable) {
            LOG.fine("the headers of an email over the size limit could not be read");
        }
        ParsedMail read = headers;
        writer.refuse(recipients, r -> EmailEvent.refused(envelope(envelopeFrom, r), size, read), TOO_LARGE, "the email is " + size + " bytes, over the limit of email triggers: "
                + settings.maxBytes() + " bytes (body, headers and attachments together)", messageKey);
    }

    /** Whether the mailbox message with this key has already become events. */
    public boolean received(String messageKey) {
        return triggers.received(messageKey);
    }

    /** Remembers a mailbox message that is no trigger's, so it is not read again. */
    public void ignore(String messageKey) {
        writer.remember(messageKey);
    }

    /** The key of a mailbox message: its mailbox, UIDVALIDITY and UID, as a SHA-256 in hex. */
    public static String messageKey(String mailbox, long uidValidity, long uid) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((mailbox + "\n" + uidValidity + "\n" + uid).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EmailEvent.Envelope envelope(String from, Recipient recipient) {
        return new EmailEvent.Envelope(from, recipient.address(), recipient.data());
    }
}
