package io.millrace.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.millrace.it.support.Api;
import io.millrace.it.operations.RetentionPurgeIT;
import io.millrace.it.support.LibertyServer;
import io.millrace.it.support.RetentionServer;
import io.millrace.it.support.Users;
import io.millrace.it.support.Wait;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Email triggers through the real server (its inbound domain is {@code mail.millrace.test}, its size limit 1 MiB):
 * mail with attachments and {@code +data} through the built-in SMTP receiver, refusals of unknown addresses (550) and
 * of mail over the limit (552, recorded as an error), and a GreenMail IMAP catch-all mailbox whose messages become
 * exactly one event each, also after a message lost its flag, across a server restart, and after the IMAP server went
 * away and came back (the reader connects again). On the shared second server ({@link RetentionServer}), whose IMAP
 * mailbox is polled with IDLE off: polling, mail over the limit read by IMAP, and the retention of received messages.
 */
@ExtendWith(RetentionServer.class)
class EmailTriggerIT {
    private static final String DOMAIN = "mail.millrace.test";
    private static final String STEP = Json.createObjectBuilder().add("name", "echo")
            .add("code", "export default defineComponent({ async run({ steps }) { return steps.trigger.event.subject } })")
            .build().toString();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Api admin = Api.server();

    private JsonObject workflow(Api api, String triggers) {
        Api.Reply r = api.post("/v1/workflows", "{\"name\":\"email-" + System.nanoTime() + "\",\"triggers\":[" + triggers
                + "],\"steps\":[" + STEP + "]}");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private static JsonObject trigger(JsonObject workflow, String type) {
        return workflow.getJsonArray("triggers").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("type").equals(type)).findFirst().orElseThrow();
    }

    @Test
    void mailToTheBuiltInReceiverRunsTheWorkflowWithAttachmentsAndPlusData() throws Exception {
        Api api = Users.inNewWorkspace(admin, "email").api();
        JsonObject wf = workflow(api, "{\"type\":\"http\"},{\"type\":\"email\"}");
        String id = wf.getString("id");
        JsonObject email = trigger(api.get("/v1/workflows/" + id).json().getJsonObject("data"), "email");
        String key = email.getString("key");
        assertEquals(key + "@" + DOMAIN, email.getString("email_address"));
        assertTrue(email.getString("id").startsWith("ei_"), email.toString());

        String longText = "line of text\n".repeat(1000); // 13,000 bytes: content keeps 10,000
        byte[] binary = new byte[3000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7);
        }
        Session session = Session.getInstance(new Properties());
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress("alice@example.com", "Alice"));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(key + "+orders@" + DOMAIN));
        m.setRecipients(Message.RecipientType.CC, InternetAddress.parse("carol@example.com"));
        m.setReplyTo(InternetAddress.parse("replies@example.com"));
        m.setSubject("Größe order 42", "UTF-8");
        m.setSentDate(new java.util.Date());
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("plain body", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>html body</p>", "UTF-8", "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        MimeBodyPart bodies = new MimeBodyPart();
        bodies.setContent(alternative);
        MimeBodyPart notes = new MimeBodyPart();
        notes.setText(longText, "UTF-8");
        notes.setFileName("notes.txt");
        notes.setDisposition(MimeBodyPart.ATTACHMENT);
        MimeBodyPart bin = new MimeBodyPart();
        bin.setDataHandler(new jakarta.activation.DataHandler(
                new jakarta.mail.util.ByteArrayDataSource(binary, "application/octet-stream")));
        bin.setFileName("data.bin");
        bin.setDisposition(MimeBodyPart.ATTACHMENT);
        m.setContent(new MimeMultipart(bodies, notes, bin));
        m.saveChanges();
        send(m);

        JsonObject ex = api.awaitExecution(id, e -> e.getString("status").equals("success"));
        JsonObject event = ex.getJsonObject("trigger").getJsonObject("event");
        assertEquals(email.getString("id"), ex.getJsonObject("trigger").getJsonObject("context").getString("emitter_id"));
        assertEquals("Größe order 42", event.getString("subject"));
        assertEquals("Größe order 42", ex.getJsonArray("steps").getJsonObject(0).getString("$return_value"));
        assertEquals("alice@example.com", event.getJsonObject("from").getJsonArray("value").getJsonObject(0).getString("address"));
        assertEquals("Alice", event.getJsonObject("from").getJsonArray("value").getJsonObject(0).getString("name"));
        assertEquals(key + "+orders@" + DOMAIN, event.getJsonObject("to").getJsonArray("value").getJsonObject(0).getString("address"));
        assertEquals("carol@example.com", event.getJsonObject("cc").getJsonArray("value").getJsonObject(0).getString("address"));
        assertEquals("replies@example.com", event.getJsonObject("replyTo").getJsonArray("value").getJsonObject(0).getString("address"));
        assertTrue(event.getString("messageId").startsWith("<"), event.getString("messageId"));
        assertTrue(event.getString("date").endsWith("Z"), event.getString("date"));
        assertEquals("plain body", event.getString("text").trim());
        assertEquals("<p>html body</p>", event.getString("html").trim());
        assertEquals("Größe order 42", event.getJsonObject("headers").getString("subject"));
        assertEquals(key + "+orders@" + DOMAIN, event.getJsonObject("envelope").getString("to"));
        assertEquals("orders", event.getJsonObject("envelope").getString("data"));
        assertEquals("bounce@example.com", event.getJsonObject("envelope").getString("from"));

        JsonArray attachments = event.getJsonArray("attachments");
        assertEquals(2, attachments.size(), attachments.toString());
        JsonObject notesJson = attachments.getJsonObject(0);
        assertEquals("notes.txt", notesJson.getString("filename"));
        assertEquals("text/plain", notesJson.getString("contentType"));
        // SMTP sends lines with CRLF: the stored text is 14,000 bytes, content its first 10,000
        String content = notesJson.getString("content");
        assertEquals(10_000, content.getBytes(StandardCharsets.UTF_8).length);
        assertTrue(longText.startsWith(content.replace("\r\n", "\n")), content.substring(0, 100));
        assertTrue(notesJson.getBoolean("contentTruncated"));
        assertEquals(longText, new String(download(notesJson.getString("contentUrl")), StandardCharsets.UTF_8)
                .replace("\r\n", "\n"));
        JsonObject binJson = attachments.getJsonObject(1);
        assertEquals(JsonValue.NULL, binJson.get("content"));
        assertEquals(false, binJson.getBoolean("contentTruncated"));
        assertEquals(3000, binJson.getInt("size"));
        assertTrue(java.util.Arrays.equals(binary, download(binJson.getString("contentUrl"))));
        String raw = new String(download(event.getJsonObject("mail").getString("content_url")), StandardCharsets.UTF_8);
        assertTrue(raw.contains("Message-ID: " + event.getString("messageId")), raw.substring(0, 500));

        // the HTTP trigger of the same workflow has its own emitter id
        assertEquals(200, api.trigger(wf, "{\"via\":\"http\"}").status());
        JsonObject viaHttp = api.awaitExecution(id, e -> !e.getString("id").equals(ex.getString("id"))
                && e.getString("status").equals("success"));
        String httpEmitter = viaHttp.getJsonObject("trigger").getJsonObject("context").getString("emitter_id");
        assertEquals(trigger(wf, "http").getString("id"), httpEmitter);
        assertNotEquals(email.getString("id"), httpEmitter);

        // the history filter tells the two apart
        assertEquals(List.of(ex.getString("id")), ids(api.get("/v1/executions?trigger_type=email")));
        assertEquals(List.of(viaHttp.getString("id")), ids(api.get("/v1/executions?trigger_type=http")));
        assertEquals(2, ids(api.get("/v1/executions?trigger_type=email,http")).size());
        assertEquals(List.of(), ids(api.get("/v1/executions?trigger_type=schedule")));
    }

    private static List<String> ids(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("data").getValuesAs(JsonObject.class).stream().map(e -> e.getString("id")).toList();
    }

    @Test
    void unknownAddressesAre550AndMailOverTheLimitIs552AndRecorded() throws Exception {
        Api api = Users.inNewWorkspace(admin, "email-bad").api();
        JsonObject wf = workflow(api, "{\"type\":\"email\"}");
        String key = trigger(wf, "email").getString("key");
        try (Smtp smtp = new Smtp()) {
            smtp.expect(250, "MAIL FROM:<sender@example.com>");
            smtp.expect(550, "RCPT TO:<nobody@" + DOMAIN + ">");
            smtp.expect(550, "RCPT TO:<" + key + "@elsewhere.example>");
            smtp.expect(250, "RCPT TO:<" + key + "+big@" + DOMAIN + ">");
            smtp.expect(354, "DATA");
            StringBuilder big = new StringBuilder("Subject: too big\r\nFrom: sender@example.com\r\n\r\n");
            String line = "x".repeat(998) + "\r\n";
            while (big.length() < 1024 * 1024 + 10_000) {
                big.append(line);
            }
            smtp.expect(552, big + ".");
            smtp.expect(250, "RSET");
            smtp.expect(250, "MAIL FROM:<sender@example.com>");
            smtp.expect(250, "RCPT TO:<" + key + "@" + DOMAIN + ">");
            smtp.expect(354, "DATA");
            smtp.expect(250, "Subject: small\r\n\r\nstill works after a refusal\r\n.");
        }
        JsonObject refused = api.awaitExecution(wf.getString("id"), e -> e.getString("status").equals("error"));
        assertEquals("Email Too Large", refused.getJsonObject("error").getString("name"));
        JsonObject event = refused.getJsonObject("trigger").getJsonObject("event");
        assertEquals("too big", event.getString("subject"));
        assertEquals(key + "+big@" + DOMAIN, event.getJsonObject("envelope").getString("to"));
        assertTrue(event.getJsonNumber("size").longValue() > 1024 * 1024, event.toString());
        JsonObject small = api.awaitExecution(wf.getString("id"), e -> e.getString("status").equals("success"));
        assertEquals("small", small.getJsonObject("trigger").getJsonObject("event").getString("subject"));

        Api.Reply bad = api.post("/v1/workflows", "{\"name\":\"bad-email\",\"triggers\":[{\"type\":\"email\","
                + "\"cron\":\"* * * * *\"}],\"steps\":[" + STEP + "]}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("triggers[0].cron"), bad.body());
    }

    @Test
    void theImapMailboxTurnsEachMessageIntoExactlyOneEventAcrossARestart() throws Exception {
        int port = Integer.parseInt(System.getProperty("millrace.it.imap.port"));
        GreenMail imap = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        try {
            GreenMailUser catchAll = imap.setUser("catchall@" + DOMAIN, "catchall", "it-imap-secret");
            Api api = Users.inNewWorkspace(admin, "email-imap").api();
            JsonObject wf = workflow(api, "{\"type\":\"email\"}");
            String id = wf.getString("id");
            String key = trigger(wf, "email").getString("key");
            MailFolder inbox = imap.getManagers().getImapHostManager().getInbox(catchAll);

            catchAll.deliver(message("first", key + "+imap@" + DOMAIN));
            JsonObject first = api.awaitExecution(id, e -> e.getString("status").equals("success"));
            assertEquals("first", first.getJsonObject("trigger").getJsonObject("event").getString("subject"));
            assertEquals(key + "+imap@" + DOMAIN,
                    first.getJsonObject("trigger").getJsonObject("event").getJsonObject("envelope").getString("to"));
            awaitSeen(inbox, 1);

            // a message whose flag was lost after its event was recorded (a crash between the two) is only flagged again
            inbox.setFlags(new Flags(Flags.Flag.SEEN), false, inbox.getMessages().get(0).getUid(), null, false);
            awaitSeen(inbox, 1);
            assertEquals(1, api.get("/v1/workflows/" + id + "/executions").json().getJsonArray("data").size());

            // a message that arrives while the server is down is read once after the start
            LibertyServer server = LibertyServer.itServer();
            server.stop();
            catchAll.deliver(message("second", key + "@" + DOMAIN));
            server.start(Duration.ofMinutes(8)); // a loaded machine took 6 minutes to start the application
            api.awaitExecution(id, e -> e.getString("status").equals("success") && !e.getString("id").equals(first.getString("id")));
            awaitSeen(inbox, 2);
            JsonArray all = api.get("/v1/workflows/" + id + "/executions?limit=100").json().getJsonArray("data");
            assertEquals(2, all.size(), "one execution per message: " + all);

            // the mailbox's server goes away and comes back: the reader connects again and reads what arrived
            imap.stop();
            imap = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
            imap.start();
            GreenMailUser again = imap.setUser("catchall@" + DOMAIN, "catchall", "it-imap-secret");
            again.deliver(message("third", key + "@" + DOMAIN));
            java.util.Set<String> before = all.stream().map(v -> v.asJsonObject().getString("id"))
                    .collect(java.util.stream.Collectors.toSet());
            JsonObject third = api.awaitExecution(id, e -> e.getString("status").equals("success")
                    && !before.contains(e.getString("id")));
            assertEquals("third", third.getJsonObject("trigger").getJsonObject("event").getString("subject"));
            awaitSeen(imap.getManagers().getImapHostManager().getInbox(again), 1);
            assertEquals(3, api.get("/v1/workflows/" + id + "/executions?limit=100").json().getJsonArray("data").size());
        } finally {
            imap.stop();
        }
    }

    @Test
    void theRetentionJobForgetsReceivedMailboxMessages() throws Exception {
        RetentionServer.Started second = RetentionServer.get();
        MailFolder inbox = second.imap().getManagers().getImapHostManager().getInbox(second.catchAll());
        Api api = Users.inNewWorkspace(second.admin(), "email-retention").api();
        JsonObject wf = workflow(api, "{\"type\":\"email\"}");
        String id = wf.getString("id");
        second.catchAll().deliver(message("kept once", trigger(wf, "email").getString("key") + "@" + DOMAIN));
        JsonObject first = api.awaitExecution(id, e -> e.getString("status").equals("success"));
        awaitSeen(inbox, "kept once");

        // with a retention of 0 days the job forgets the message: losing its flag now makes it a new event
        assertEquals("COMPLETED", RetentionPurgeIT.runPurge(second.admin(), null));
        inbox.setFlags(new Flags(Flags.Flag.SEEN), false, stored(inbox, "kept once").getUid(), null, false);
        api.awaitExecution(id, e -> e.getString("status").equals("success") && !e.getString("id").equals(first.getString("id")));
        awaitSeen(inbox, "kept once");
    }

    @Test
    void withIdleOffTheMailboxIsPolledAndMailOverTheLimitIsRecordedAsAnError() throws Exception {
        RetentionServer.Started second = RetentionServer.get();
        MailFolder inbox = second.imap().getManagers().getImapHostManager().getInbox(second.catchAll());
        Api api = Users.inNewWorkspace(second.admin(), "email-poll").api();
        JsonObject wf = workflow(api, "{\"type\":\"email\"}");
        String id = wf.getString("id");
        String key = trigger(wf, "email").getString("key");
        Wait.until("the server to say it polls its mailbox", 60, () -> second.server()
                .logLines(l -> l.contains("IDLE is off: the mailbox is polled every 1.0 s")), l -> l.size() == 1);

        // the first message shows the reader connected; the second arrives while it waits, so only a poll finds it
        second.catchAll().deliver(message("polled first", key + "+poll@" + DOMAIN));
        JsonObject first = api.awaitExecution(id, e -> e.getString("status").equals("success"));
        assertEquals("polled first", first.getJsonObject("trigger").getJsonObject("event").getString("subject"));
        awaitSeen(inbox, "polled first");
        second.catchAll().deliver(message("polled second", key + "@" + DOMAIN));
        JsonObject next = api.awaitExecution(id, e -> e.getString("status").equals("success")
                && !e.getString("id").equals(first.getString("id")));
        assertEquals("polled second", next.getJsonObject("trigger").getJsonObject("event").getString("subject"));
        awaitSeen(inbox, "polled second");

        // a message over the 1 MiB limit becomes a failed execution, not silence, and is flagged like any other
        MimeMessage big = message("too big by imap", key + "+big@" + DOMAIN);
        big.setText("x".repeat(1024 * 1024 + 10_000));
        big.saveChanges();
        second.catchAll().deliver(big);
        JsonObject refused = api.awaitExecution(id, e -> e.getString("status").equals("error"));
        assertEquals("Email Too Large", refused.getJsonObject("error").getString("name"));
        JsonObject event = refused.getJsonObject("trigger").getJsonObject("event");
        assertEquals("too big by imap", event.getString("subject"));
        assertTrue(event.getJsonNumber("size").longValue() > 1024 * 1024, event.toString());
        awaitSeen(inbox, "too big by imap");
        assertEquals(3, api.get("/v1/workflows/" + id + "/executions?limit=100").json().getJsonArray("data").size());
    }

    private static MimeMessage message(String subject, String to) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("sender@example.com"));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        m.setSubject(subject);
        m.setSentDate(new java.util.Date());
        m.setText("body of " + subject);
        m.saveChanges();
        return m;
    }

    /** Waits until the message with this subject in a mailbox shared with other tests is flagged seen. */
    private static void awaitSeen(MailFolder inbox, String subject) {
        Wait.until("'" + subject + "' flagged seen", 60, () -> stored(inbox, subject).isSet(Flags.Flag.SEEN), seen -> seen);
    }

    private static StoredMessage stored(MailFolder inbox, String subject) {
        return inbox.getMessages().stream().filter(m -> {
            try {
                return subject.equals(m.getMimeMessage().getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }).reduce((a, b) -> {
            throw new AssertionError("two messages named " + subject);
        }).orElseThrow(() -> new AssertionError("no message named " + subject));
    }

    private static void awaitSeen(MailFolder inbox, int count) {
        Wait.until("messages flagged seen", 60, () -> inbox.getMessages().stream().filter(s -> s.isSet(Flags.Flag.SEEN)).count(),
                n -> n == count && inbox.getMessages().size() == count);
    }

    private static void send(MimeMessage m) throws Exception {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", System.getProperty("millrace.it.inbound.smtp.port"));
        p.setProperty("mail.smtp.from", "bounce@example.com");
        Session session = Session.getInstance(p);
        try (Transport t = session.getTransport("smtp")) {
            t.connect();
            t.sendMessage(m, m.getAllRecipients().length == 0 ? new jakarta.mail.Address[0]
                    : new jakarta.mail.Address[] {m.getRecipients(Message.RecipientType.TO)[0]});
        }
    }

    private static byte[] download(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), url);
        return r.body();
    }

    /** A raw SMTP conversation with the built-in receiver, to see its reply codes. */
    private static final class Smtp implements AutoCloseable {
        private final Socket socket;
        private final BufferedReader in;
        private final OutputStream out;

        Smtp() throws IOException {
            socket = new Socket("127.0.0.1", Integer.parseInt(System.getProperty("millrace.it.inbound.smtp.port")));
            socket.setSoTimeout(60_000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            out = socket.getOutputStream();
            assertEquals(220, reply());
            expect(250, "EHLO it.example");
        }

        void expect(int code, String command) throws IOException {
            out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertEquals(code, reply(), command.length() > 80 ? command.substring(0, 80) : command);
        }

        private int reply() throws IOException {
            String line;
            do {
                line = in.readLine();
                if (line == null) {
                    throw new IOException("the connection closed");
                }
            } while (line.length() > 3 && line.charAt(3) == '-');
            return Integer.parseInt(line.substring(0, 3));
        }

        @Override
        public void close() throws IOException {
            out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.close();
        }
    }
}
