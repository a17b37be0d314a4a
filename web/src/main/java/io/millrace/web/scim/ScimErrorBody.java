package io.millrace.web.scim;

import io.millrace.shared.Jsonp;
import io.millrace.shared.Quoted;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/** A SCIM error (RFC 7644 §3.12): {@code {"schemas": [Error], "status": "404", "scimType"?, "detail"}}. */
public final class ScimErrorBody {
    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

    private ScimErrorBody() {
    }

    public static Response response(int status, String scimType, String detail) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("schemas", Jsonp.createArrayBuilder().add(SCHEMA))
                .add("status", String.valueOf(status));
        if (scimType != null) {
            b.add("scimType", scimType);
        }
        b.add("detail", detail == null ? "error" : Quoted.message(detail));
        return Response.status(status).type(ScimMediaType.SCIM_JSON_TYPE).entity(b.build().toString()).build();
    }
}
