package io.millrace.web.error;

import io.millrace.shared.Jsonp;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JSON error every failed request gets: {@code {"error": {"status", "message", "field"?}}}. */
public final class ErrorBody {
    private ErrorBody() {
    }

    public static Response response(Response.StatusType status, String message, String field) {
        JsonObjectBuilder error = Jsonp.createObjectBuilder()
                .add("status", status.getStatusCode())
                .add("message", message == null ? status.getReasonPhrase() : message);
        if (field != null) {
            error.add("field", field);
        }
        return Response.status(status.getStatusCode())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Jsonp.createObjectBuilder().add("error", error).build().toString())
                .build();
    }
}
