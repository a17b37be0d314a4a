package io.millrace.infrastructure.mail;

import io.millrace.application.email.EmailIntake;
import io.millrace.application.email.Recipient;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The IMAP catch-all mailbox of email triggers, read with Jakarta Mail when {@code millrace.email.imap.host} is set:
 * one managed thread keeps a connection to the folder, reads its unseen messages, and waits with IMAP IDLE for new
 * ones (polling every {@code millrace.email.imap.poll.seconds} where the server has no IDLE, or always when
 * {@code millrace.email.imap.idle} is false, for servers or proxies whose IDLE is broken); a lost connection is
 * opened again after a growing pause (1 s up to the poll interval, at most a minute); only the first failure of a
 * series is logged as a warning.
 *
 * <p>Exactly once: bodies are fetched with {@code BODY.PEEK} (reading does not mark a message seen); a message
 * becomes its events ({@link EmailIntake#deliver}) in the transaction that also remembers its key (mailbox,
 * UIDVALIDITY, UID); only then is it flagged {@code \Seen}. A message read again after a crash between the two is
 * found remembered and only flagged.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
public class ImapMailbox {
    /** How long after the application's start mail is taken in. */
    static final long START_DELAY_MS = 2_000;
    private static final Logger LOG = Logger.getLogger(ImapMailbox.class.getName());
    /** Headers naming the address a message was delivered to, before {@code To} and {@code Cc}. */
    private static final List<String> RECIPIENT_HEADERS = List.of("Delivered-To", "X-Original-To", "Envelope-To",
            "X-Envelope-To", "To", "Cc");
    /** The longest pause between two attempts to connect (shorter when the mailbox is polled more often). */
    private static final long LONGEST_PAUSE_MS = 60_000;

    @Inject
    @ConfigProperty(name = "millrace.email.imap.host")
    Optional<String> hostSetting;
    @Inject
    @ConfigProperty(name = "millrace.email.imap.port", defaultValue = "0")
    int port;
    @Inject
    @ConfigProperty(name = "millrace.email.imap.user")
    Optional<String> userSetting;
    @Inject
    @ConfigProperty(name = "millrace.email.imap.password")
    Optional<String> passwordSetting;
    @Inject
    @ConfigProperty(name = "millrace.email.imap.folder", defaultValue = "INBOX")
    String folderName;
    @Inject
    @ConfigProperty(name = "millrace.email.imap.ssl", defaultValue = "true")
    boolean ssl;
    @Inject
    @ConfigProperty(name = "millrace.email.imap.starttls", defaultValue = "false")
    boolean starttls;
    @Inject
    @ConfigProperty(name = "millrace.email.imap.poll.seconds", defaultValue = "60")
    double pollSeconds;
    @Inject
    @ConfigProperty(name = "millrace.email.imap.idle", defaultValue = "true")
    boolean idleSetting;
    @Inject
    EmailIntake intake;
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;
    @Resource
    TimerService timers;

    private String host;
    private String user;
    private String password;
    private ScheduledExecutorService waker;
    private volatile boolean running;
    private volatile Store store;
    private Thread reader;
    private final Object wake = new Object();

    /** Starts once the application has started (an EJB timer fires only then), not during its start. */
    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(START_DELAY_MS, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        host = hostSetting.map(String::trim).orElse("");
        user = userSetting.orElse("");
        password = passwordSetting.orElse("");
        if (host.isEmpty()) {
            return;
        }
        running = true;
        waker = Executors.newSingleThreadScheduledExecutor(threads);
        reader = threads.newThread(this::run);
        reader.setName("millrace-imap-mailbox");
        reader.start();
        LOG.info(() -> "reading email triggers' mail from imap" + (ssl ? "s" : "") + "://" + host + ":" + port()
                + "/" + folderName + (idleSetting ? "" : "; IDLE is off: the mailbox is polled every " + pollSeconds
                + " s"));
    }

    @PreDestroy
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void stop() {
        running = false;
        if (waker != null) {
            waker.shutdownNow();
        }
        closeQuietly(store);
        synchronized (wake) {
            wake.notifyAll();
        }
        if (reader != null) {
            reader.interrupt();
            try {
                reader.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private int port() {
        return port > 0 ? port : ssl ? 993 : 143;
    }

    private void run() {
        long longest = Math.max(1000, Math.min(LONGEST_PAUSE_MS, (long) (pollSeconds * 1000)));
        long pause = 1000;
        boolean failing = false;
        while (running) {
            try {
                Session session = Session.getInstance(properties());
                Store s = session.getStore(ssl ? "imaps" : "imap");
                store = s;
                s.connect(host, port(), user, password);
                Folder folder = s.getFolder(folderName);
                folder.open(Folder.READ_WRITE);
                pause = 1000;
                failing = false;
                read(folder);
            } catch (MessagingException | RuntimeException e) {
                if (running) {
                    // the first failure is a warning; while the server stays unreachable, the retries are quiet
                    LOG.log(failing ? Level.FINE : Level.WARNING, "the IMAP mailbox of email triggers failed;"
                            + " connecting again in " + pause + " ms: " + e);
                }
                failing = true;
            } finally {
                closeQuietly(store);
            }
            if (running) {
                sleep(pause);
                pause = Math.min(pause * 2, longest);
            }
        }
    }

    /**
     * Reads the folder's unseen messages, then waits for new ones, until the connection ends. While it waits with
     * IDLE, the folder is also used every poll interval from another thread, which ends the IDLE (Angus Mail ends it
     * when another thread uses the folder): a change the server did not announce, or one announced just before the
     * IDLE began, is then read at the latest one poll interval later.
     */
    private void read(Folder folder) throws MessagingException {
        String mailbox = user + "@" + host + ":" + port() + "/" + folderName;
        if (!idleSetting) {
            readUntilClosed(folder, null, mailbox);
            return;
        }
        Method idle = idleMethod(folder);
        long everyMs = Math.max(1000, (long) (pollSeconds * 1000));
        ScheduledFuture<?> wakeUp = waker.scheduleWithFixedDelay(() -> nudge(folder), everyMs, everyMs,
                TimeUnit.MILLISECONDS);
        try {
            readUntilClosed(folder, idle, mailbox);
        } finally {
            wakeUp.cancel(false);
        }
    }

    private static void nudge(Folder folder) {
        try {
            if (folder.isOpen()) {
                folder.getMessageCount();
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.FINE, "waking the IMAP reader failed", e);
        }
    }

    private void readUntilClosed(Folder folder, Method idle, String mailbox) throws MessagingException {
        while (running && folder.isOpen()) {
            long validity = ((UIDFolder) folder).getUIDValidity();
            folder.getMessageCount(); // a NOOP on an open folder: the server tells of messages that arrived since
            Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
            for (Message m : unseen) {
                if (!running) {
                    return;
                }
                receive(folder, m, EmailIntake.messageKey(mailbox, validity, ((UIDFolder) folder).getUID(m)));
            }
            if (idle == null || !idle(idle, folder)) {
                idle = null;
                sleep((long) (pollSeconds * 1000));
            }
        }
    }

    /** One message: its events recorded (unless already recorded), then flagged seen. */
    private void receive(Folder folder, Message m, String key) throws MessagingException {
        if (!intake.received(key)) {
            List<Recipient> recipients = recipients(m);
            String from = returnPath(m);
            if (recipients.isEmpty()) {
                LOG.info(() -> "a message in the IMAP mailbox is for no email trigger; it is marked seen");
                intake.ignore(key);
            } else if (m.getSize() > intake.maxBytes()) {
                intake.tooLarge(from, recipients, m.getSize(), headerBytes(m), key);
            } else {
                byte[] raw = raw(m);
                if (raw.length > intake.maxBytes()) {
                    intake.tooLarge(from, recipients, raw.length, headerBytes(m), key);
                } else {
                    intake.deliver(from, recipients, raw, key);
                }
            }
        }
        m.setFlag(Flags.Flag.SEEN, true);
    }

    private List<Recipient> recipients(Message m) throws MessagingException {
        List<Recipient> found = new ArrayList<>();
        for (String header : RECIPIENT_HEADERS) {
            String[] values = m.getHeader(header);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                for (String address : addresses(value)) {
                    intake.recipient(address).filter(r -> found.stream()
                                    .noneMatch(x -> x.target().emitterId().equals(r.target().emitterId())))
                            .ifPresent(found::add);
                }
            }
        }
        return found;
    }

    private static List<String> addresses(String header) {
        List<String> out = new ArrayList<>();
        try {
            for (jakarta.mail.Address a : jakarta.mail.internet.InternetAddress.parseHeader(header, false)) {
                if (a instanceof jakarta.mail.internet.InternetAddress ia && ia.getAddress() != null) {
                    out.add(ia.getAddress());
                }
            }
        } catch (MessagingException unreadable) {
            LOG.fine("an unreadable address header was skipped");
        }
        return out;
    }

    private static String returnPath(Message m) throws MessagingException {
        String[] values = m.getHeader("Return-Path");
        if (values == null || values.length == 0) {
            return null;
        }
        String v = values[0].trim();
        if (v.startsWith("<") && v.endsWith(">")) {
            v = v.substring(1, v.length() - 1);
        }
        return v.isEmpty() ? null : v;
    }

    private static byte[] raw(Message m) throws MessagingException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(m.getSize(), 1024));
            m.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new MessagingException("reading the message failed: " + e, e);
        }
    }

    private static byte[] headerBytes(Message m) throws MessagingException {
        StringBuilder sb = new StringBuilder();
        if (m instanceof MimeMessage mime) {
            Enumeration<String> lines = mime.getAllHeaderLines();
            while (lines.hasMoreElements()) {
                sb.append(lines.nextElement()).append("\r\n");
            }
        }
        return sb.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The folder's {@code idle(boolean)} (Angus Mail's IMAPFolder), found by reflection; null without one. */
    private static Method idleMethod(Folder folder) {
        try {
            return folder.getClass().getMethod("idle", boolean.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** Waits with IMAP IDLE until the folder changes; false when the server has no IDLE. */
    private boolean idle(Method idle, Folder folder) throws MessagingException {
        try {
            idle.invoke(folder, true);
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof MessagingException me && folder.isOpen() && String.valueOf(me.getMessage())
                    .toUpperCase(java.util.Locale.ROOT).contains("IDLE")) {
                LOG.info("the IMAP server has no IDLE: the mailbox is polled every " + pollSeconds + " s");
                return false;
            }
            if (cause instanceof MessagingException me) {
                throw me;
            }
            throw new MessagingException("IMAP IDLE failed: " + cause, cause instanceof Exception ex ? ex : null);
        } catch (IllegalAccessException e) {
            return false;
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        String prefix = ssl ? "mail.imaps." : "mail.imap.";
        p.setProperty(prefix + "connectiontimeout", "15000");
        // reading (IDLE included) gives up after 10 minutes of silence: the connection is then opened again
        p.setProperty(prefix + "timeout", "600000");
        p.setProperty(prefix + "writetimeout", "15000");
        // fetching a body must not mark the message seen before its events are recorded
        p.setProperty(prefix + "peek", "true");
        if (starttls) {
            p.setProperty(prefix + "starttls.enable", "true");
            p.setProperty(prefix + "starttls.required", "true");
        }
        return p;
    }

    private void sleep(long ms) {
        synchronized (wake) {
            try {
                if (running) {
                    wake.wait(Math.max(ms, 1));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private static void closeQuietly(Store s) {
        if (s == null) {
            return;
        }
        try {
            s.close();
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.FINE, "closing the IMAP connection", e);
        }
    }
}
