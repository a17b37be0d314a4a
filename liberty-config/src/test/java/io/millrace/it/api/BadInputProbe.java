package io.millrace.it.api;

import java.util.ArrayList;
import java.util.List;

/**
 * One request of the generated bad-input run: an operation of /openapi ("METHOD /path") with one
 * mutation. The path may still hold {@code {param}} placeholders and the query {@code null} values:
 * both get the run's real values when the probe is sent ({@link BadInputFixtures}), as do the
 * {@code {{u}}} (unique) and {@code {{fx:name}}} placeholders of a text body.
 */
final class BadInputProbe {
    final String op;
    final String mutation;
    /** The operation whose values fill in the placeholders (a wrong method borrows its path's GET). */
    String valuesOf;
    String method;
    String path;
    /** {name, raw value} (raw: as it goes on the wire; null: the run's value); {null, text}: a raw fragment. */
    final List<String[]> query;
    final List<String[]> headers;
    /** A body template (sent as UTF-8 after its placeholders are filled in), or null. */
    String text;
    /** A body sent byte for byte, or null. */
    byte[] bytes;
    /** Bytes of {@link #filler} streamed after {@link #bytes}, then {@link #tail} (0: none). */
    long streamed;
    byte filler;
    byte[] tail;
    boolean chunked;
    /** Sent over a plain socket: the target is not a valid URI, or the body is streamed. */
    boolean raw;

    BadInputProbe(String op, String mutation, String method, String path) {
        this.op = op;
        this.mutation = mutation;
        this.valuesOf = op;
        this.method = method;
        this.path = path;
        this.query = new ArrayList<>();
        this.headers = new ArrayList<>();
    }

    private BadInputProbe(BadInputProbe from, String mutation) {
        this.op = from.op;
        this.mutation = mutation;
        this.valuesOf = from.valuesOf;
        this.method = from.method;
        this.path = from.path;
        this.query = new ArrayList<>(from.query);
        this.headers = new ArrayList<>(from.headers);
        this.text = from.text;
        this.bytes = from.bytes;
        this.streamed = from.streamed;
        this.filler = from.filler;
        this.tail = from.tail;
        this.chunked = from.chunked;
        this.raw = from.raw;
    }

    /** A copy with another mutation label, to change further. */
    BadInputProbe with(String mutation) {
        return new BadInputProbe(this, mutation);
    }

    BadInputProbe header(String name, String value) {
        headers.removeIf(h -> h[0].equalsIgnoreCase(name));
        if (value != null) {
            headers.add(new String[] {name, value});
        }
        return this;
    }

    String header(String name) {
        return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
    }

    /** Sets query parameter {@code name} to the raw {@code value} (null: removes it). */
    BadInputProbe query(String name, String value) {
        query.removeIf(q -> name.equals(q[0]));
        if (value != null) {
            query.add(new String[] {name, value});
        }
        return this;
    }

    BadInputProbe rawQuery(String fragment) {
        query.add(new String[] {null, fragment});
        return this;
    }

    BadInputProbe text(String contentType, String body) {
        header("Content-Type", contentType);
        this.text = body;
        this.bytes = null;
        return this;
    }

    BadInputProbe bytes(String contentType, byte[] body) {
        header("Content-Type", contentType);
        this.text = null;
        this.bytes = body;
        return this;
    }

    BadInputProbe noBody() {
        header("Content-Type", null);
        this.text = null;
        this.bytes = null;
        return this;
    }

    @Override
    public String toString() {
        return op + " × " + mutation;
    }
}
