package io.millrace.web.signin;

import io.millrace.application.signin.SignedIn;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/** The JSON of a signed-in person: the user and its workspaces with roles. */
final class SignInAnswers {
    private SignInAnswers() {
    }

    static JsonObject json(SignedIn signedIn) {
        JsonArrayBuilder memberships = Jsonp.createArrayBuilder();
        signedIn.memberships().forEach(m -> memberships.add(Jsonp.createObjectBuilder()
                .add("org_id", m.workspaceId()).add("orgname", m.orgname()).add("role", m.role())));
        var user = Jsonp.createObjectBuilder().add("id", signedIn.user().id()).add("username", signedIn.user().username());
        if (signedIn.user().email() != null) {
            user.add("email", signedIn.user().email());
        }
        return Jsonp.createObjectBuilder().add("data", Jsonp.createObjectBuilder()
                .add("user", user).add("method", signedIn.method()).add("provisioned", signedIn.provisioned())
                .add("memberships", memberships)).build();
    }
}
