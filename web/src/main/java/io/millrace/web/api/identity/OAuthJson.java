package io.millrace.web.api.identity;

import io.millrace.web.api.support.Renders;
import io.millrace.application.identity.IssuedToken;
import io.millrace.application.identity.OAuthClientView;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** OAuth clients and access tokens as the API shows them. */
final class OAuthJson {
    private OAuthJson() {
    }

    /** {@code client_secret} only when the view carries it (creation and rotation). */
    static JsonObjectBuilder client(OAuthClientView c) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("client_id", c.clientId()).add("name", c.name())
                .add("org_id", c.workspaceId());
        if (c.secret() != null) {
            b.add("client_secret", c.secret());
        }
        return b.add("created_at", Renders.seconds(c.createdAt())).add("updated_at", Renders.seconds(c.updatedAt()));
    }

    /** The seed's token response (not enveloped). */
    static JsonObject token(IssuedToken t) {
        return Jsonp.createObjectBuilder().add("access_token", t.accessToken()).add("token_type", "Bearer")
                .add("expires_in", t.expiresInSeconds()).add("created_at", Renders.seconds(t.createdAt())).build();
    }
}
