package io.millrace.web.error;

import io.millrace.shared.Jsonp;
import io.millrace.shared.Quoted;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The JSON error every failed request gets: {@code {"error": {"status", "message", "field"?}}}. Message and
 * field are bounded here as a last line ({@link Quoted#message}), whatever built them.
 */
public final class ErrorBody {
    private ErrorBody() {
    }

    public static Response response(Response.StatusType status, String message, String field) {
        JsonObjectBuilder error = Jsonp.createObjectBuilder()
                .add("status", status.getStatusCode())
                .add("message", message == null ? status.getReasonPhrase() : Quoted.message(message));
        if (field != null) {
            error.add("field", Quoted.message(field));
        }
        return Response.status(status.getStatusCode())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Jsonp.createObjectBuilder().add("error", error).build().toString())
                .build();
    }
}
