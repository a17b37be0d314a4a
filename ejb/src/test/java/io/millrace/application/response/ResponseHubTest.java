package io.millrace.application.response;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.application.cluster.Note;
import io.millrace.application.cluster.NoteBoard;
import io.millrace.runtime.HttpReply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Two hubs joined by a list that stands for the broker topic: the caller on one node, the worker on the other. */
class ResponseHubTest {
    private final List<Note> topic = new ArrayList<>();
    private final ResponseHub callerNode = hub();
    private final ResponseHub workerNode = hub();

    private ResponseHub hub() {
        NoteBoard board = new NoteBoard() {
            @Override
            public boolean clustered() {
                return true;
            }

            @Override
            public void tell(String kind, String key, String body) {
                topic.add(new Note("n_worker", kind, key, body));
            }
        };
        ResponseHub hub = new ResponseHub();
        hub.board = board;
        return hub;
    }

    private static HttpReply reply(int status, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("x-b", "2");
        return new HttpReply(status, headers, body.getBytes(StandardCharsets.UTF_8), true, false);
    }

    private void deliverTopic() {
        topic.forEach(n -> callerNode.read(n.key(), n.body()));
        topic.clear();
    }

    @Test
    void aReplyOnAnotherNodeReachesTheCallerWithItsStatusHeadersAndBody() throws Exception {
        CompletableFuture<HttpReply> waiting = callerNode.expect("e_1");
        assertFalse(workerNode.reply("e_1", reply(201, "{\"ok\":true}")), "nobody waits on the worker's node");
        deliverTopic();
        HttpReply got = waiting.getNow(null);
        assertEquals(201, got.status());
        assertEquals(List.of("content-type", "x-b"), List.copyOf(got.headers().keySet()));
        assertArrayEquals("{\"ok\":true}".getBytes(StandardCharsets.UTF_8), got.body());
        assertTrue(got.json());
        assertFalse(callerNode.isWaiting("e_1"));
    }

    @Test
    void theFirstReplyWinsAcrossNodes() {
        CompletableFuture<HttpReply> waiting = callerNode.expect("e_1");
        workerNode.reply("e_1", reply(200, "first"));
        workerNode.reply("e_1", reply(400, "default"));
        deliverTopic();
        assertEquals(200, waiting.getNow(null).status());
    }

    @Test
    void aCallerOnTheSameNodeIsAnsweredWithoutTheTopic() {
        CompletableFuture<HttpReply> waiting = workerNode.expect("e_1");
        assertTrue(workerNode.reply("e_1", reply(200, "here")));
        assertEquals(List.of(), topic);
        assertEquals(200, waiting.getNow(null).status());
    }

    @Test
    void withOneNodeAReplyNobodyWaitsForGoesNowhere() {
        ResponseHub single = new ResponseHub();
        single.board = new NoteBoard() {
            @Override
            public boolean clustered() {
                return false;
            }

            @Override
            public void tell(String kind, String key, String body) {
                throw new AssertionError("told on one node");
            }
        };
        assertFalse(single.reply("e_1", reply(200, "x")));
        assertFalse(single.mayWaitElsewhere());
    }
}
