package io.millrace.runtime;

import java.util.Map;

/**
 * An HTTP response a step asked for with {@code $.respond}.
 *
 * @param status    HTTP status (200 when the step gave none)
 * @param headers   response headers as the step gave them
 * @param body      the body bytes (a string as UTF-8; an object as its JSON)
 * @param json      true when the body came from an object or array and was serialised as JSON
 * @param immediate true when the step passed {@code immediate: true}
 */
public record HttpReply(int status, Map<String, String> headers, byte[] body, boolean json, boolean immediate) {
}
