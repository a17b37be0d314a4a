package io.millrace.application.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteBoardTest {
    /** The broker topic as a list: what was sent, in order. */
    static final class SentNotes implements NodeNotes {
        final List<Note> sent = new ArrayList<>();
        boolean clustered = true;

        @Override
        public boolean clustered() {
            return clustered;
        }

        @Override
        public void send(Note note) {
            sent.add(note);
        }
    }

    static final class Heard implements NoteReader {
        final List<String> heard = new ArrayList<>();
        private final String kind;

        Heard(String kind) {
            this.kind = kind;
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public void read(String key, String body) {
            heard.add(key + ":" + body);
        }
    }

    private final SentNotes notes = new SentNotes();
    private final NoteBoard board = new NoteBoard();

    NoteBoardTest() {
        board.node = new ThisNode();
        board.notes = notes;
    }

    @Test
    void notesGoOutWithThisNodesIdInTheOrderGiven() {
        board.tell("respond", "e_1", "a");
        board.tellSoon("execution", "p_1", "b");
        board.tellSoon("execution", "p_1", "c");
        assertEquals(List.of("respond e_1 a", "execution p_1 b", "execution p_1 c"),
                notes.sent.stream().map(n -> n.kind() + " " + n.key() + " " + n.body()).toList());
        assertEquals(board.node.id(), notes.sent.get(0).origin());
    }

    @Test
    void withOneNodeNothingIsSent() {
        notes.clustered = false;
        board.tell("respond", "e_1", "a");
        board.tellSoon("execution", "p_1", "b");
        assertEquals(List.of(), notes.sent);
    }

    @Test
    void aNoteFromAnotherNodeReachesTheReaderOfItsKindOnly() {
        Heard responds = new Heard("respond");
        Heard executions = new Heard("execution");
        board.received(new Note("n_other", "respond", "e_1", "x"), List.of(responds, executions));
        assertEquals(List.of("e_1:x"), responds.heard);
        assertEquals(List.of(), executions.heard);
    }

    @Test
    void thisNodesOwnNotesAreIgnored() {
        Heard responds = new Heard("respond");
        board.received(new Note(board.node.id(), "respond", "e_1", "x"), List.of(responds));
        assertEquals(List.of(), responds.heard);
    }

    @Test
    void aFailingReaderDoesNotStopTheOthers() {
        Heard responds = new Heard("respond");
        NoteReader failing = new NoteReader() {
            @Override
            public String kind() {
                return "respond";
            }

            @Override
            public void read(String key, String body) {
                throw new IllegalStateException("broken");
            }
        };
        board.received(new Note("n_other", "respond", "e_1", "x"), List.of(failing, responds));
        assertEquals(List.of("e_1:x"), responds.heard);
    }
}
