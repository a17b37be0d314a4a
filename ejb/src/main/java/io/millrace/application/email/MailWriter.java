package io.millrace.application.email;

import io.millrace.application.filestore.ProjectFiles;
import io.millrace.application.filestore.SignedFileUrls;
import io.millrace.application.intake.EventRecorder;
import io.millrace.application.intake.QueueFullException;
import io.millrace.domain.filestore.StoredFile;
import io.millrace.domain.workflow.EmailTriggerRepository;
import io.millrace.domain.workflow.ReceivedMail;
import io.millrace.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The transactions of email intake: a message's files and events for all its recipients together with the
 * record of a mailbox message, so that what is answered or flagged afterwards is durable; and refusals.
 */
@ApplicationScoped
public class MailWriter {
    /** The directory of a project's file store that holds received mail. */
    public static final String DIRECTORY = "email";
    /** The longest attachment file name kept in a path (the end of a longer one). */
    static final int MAX_NAME_LENGTH = 150;
    static final String QUEUE_FULL = QueueFullException.NAME;

    @Inject
    ProjectFiles files;
    @Inject
    EventRecorder recorder;
    @Inject
    EmailTriggerRepository triggers;

    /**
     * Stores the raw message and its attachments in each recipient's project's file store (kept for 30 minutes, as
     * the seed's signed URLs) and records one event per recipient; with a {@code messageKey}, remembers the mailbox
     * message. A workflow whose queue is full gets the event as a refused execution (visible, not lost).
     *
     * @return how many recipients' queues were full
     * @throws io.millrace.shared.TooLargeException over the file store's limits (nothing is kept)
     */
    @Transactional
    public int record(String envelopeFrom, List<Recipient> recipients, byte[] raw, ParsedMail mail, String messageKey) {
        int full = 0;
        long expires = System.currentTimeMillis() + SignedFileUrls.LIFETIME_SECONDS * 1000;
        for (Recipient r : recipients) {
            String id = Ids.ordered(System.currentTimeMillis());
            String workspaceId = r.target().workflow().workspaceId();
            String projectId = r.target().workflow().projectId();
            String dir = DIRECTORY + "/" + id;
            StoredFile message = files.write(workspaceId, projectId, dir + "/message.eml", new ByteArrayInputStream(raw),
                    "message/rfc822", expires);
            List<EmailEvent.StoredPart> parts = new ArrayList<>();
            for (int i = 0; i < mail.attachments().size(); i++) {
                ParsedMail.Attachment a = mail.attachments().get(i);
                StoredFile f = files.write(workspaceId, projectId, dir + "/attachments/" + (i + 1) + "-" + name(a.filename()),
                        new ByteArrayInputStream(a.content()), a.contentType(), expires);
                parts.add(new EmailEvent.StoredPart(files.url(f), f.size()));
            }
            JsonObject event = EmailEvent.of(mail, new EmailEvent.Envelope(envelopeFrom, r.address(), r.data()),
                    files.url(message), raw.length, parts);
            if (!recorder.admit(r.target(), event, id)) {
                recorder.refuse(r.target(), event, QUEUE_FULL, "the workflow's queue is full: the email was not run");
                full++;
            }
        }
        if (messageKey != null) {
            triggers.add(new ReceivedMail(messageKey, System.currentTimeMillis()));
        }
        return full;
    }

    /** Records a message refused at the door (over the size limit, unreadable) as a failed execution of each recipient. */
    @Transactional
    public void refuse(List<Recipient> recipients, Function<Recipient, JsonObject> event, String errorName,
                       String errorMessage, String messageKey) {
        for (Recipient r : recipients) {
            recorder.refuse(r.target(), event.apply(r), errorName, errorMessage);
        }
        if (messageKey != null) {
            triggers.add(new ReceivedMail(messageKey, System.currentTimeMillis()));
        }
    }

    /** Remembers a mailbox message that became no event (no recipient is an email trigger's). */
    @Transactional
    public void remember(String messageKey) {
        if (!triggers.received(messageKey)) {
            triggers.add(new ReceivedMail(messageKey, System.currentTimeMillis()));
        }
    }

    /** An attachment's file name as a path segment: no separators or control characters, at most 150 characters. */
    static String name(String filename) {
        String name = filename == null || filename.isBlank() ? "attachment"
                : filename.replaceAll("[/\\\\\\p{Cntrl}]", "_");
        if (name.equals(".") || name.equals("..")) {
            name = "_" + name;
        }
        return name.length() > MAX_NAME_LENGTH ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
    }
}
