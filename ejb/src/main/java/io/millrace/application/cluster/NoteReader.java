package io.millrace.application.cluster;

/** A feature that reads the notes of one kind that other nodes send (a CDI bean; {@link NoteBoard} finds it). */
public interface NoteReader {
    String kind();

    void read(String key, String body);
}
