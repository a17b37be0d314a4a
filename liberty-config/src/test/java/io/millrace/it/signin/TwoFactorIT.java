package io.millrace.it.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Browser;
import io.millrace.it.support.LocalUsers;
import io.millrace.it.support.LocalUsers.LocalUser;
import io.millrace.it.support.TotpCodes;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TOTP two-factor authentication through the real server: enrolment, confirmation with recovery codes,
 * sign-in with a code (never twice), with a recovery code (once), and turning it off.
 */
class TwoFactorIT {
    private final Api admin = Api.server();

    @Test
    void enrolledUsersSignInWithACodeThatWorksOnlyOnce() {
        LocalUser user = LocalUsers.create(admin, "totp");
        String secret = enrol(user);
        assertEquals(200, new Browser(admin).login(user.username(), user.password()).status(),
                "an unconfirmed enrolment changes nothing");
        List<String> recovery = confirm(user, secret);
        assertTrue(user.api().get("/v1/users/me").json().getJsonObject("data").getBoolean("two_factor_enabled"));

        Api.Reply noCode = new Browser(admin).login(user.username(), user.password());
        assertEquals(401, noCode.status(), noCode.body());
        assertEquals("code", noCode.error().getString("field"));
        assertEquals(null, noCode.header("Set-Cookie"));
        Api.Reply badPassword = new Browser(admin).login(user.username(), "not it at all, no", TotpCodes.at(secret, Instant.now()));
        assertEquals(401, badPassword.status());
        assertEquals("wrong username or password", badPassword.error().getString("message"));

        String next = TotpCodes.at(secret, Instant.now().plusSeconds(30)); // confirmation used the current step
        Browser browser = new Browser(admin);
        Api.Reply signedIn = browser.login(user.username(), user.password(), next);
        assertEquals(200, signedIn.status(), signedIn.body());
        assertTrue(signedIn.json().getJsonObject("data").getJsonObject("user").getBoolean("two_factor_enabled"));
        assertEquals(200, browser.get("/v1/users/me").status());
        Api.Reply replayed = new Browser(admin).login(user.username(), user.password(), next);
        assertEquals(401, replayed.status(), "a code is not accepted twice: " + replayed.body());
        assertEquals("code", replayed.error().getString("field"));

        Api.Reply withRecovery = new Browser(admin).login(user.username(), user.password(), recovery.get(3).toUpperCase());
        assertEquals(200, withRecovery.status(), withRecovery.body());
        Api.Reply recoveryAgain = new Browser(admin).login(user.username(), user.password(), recovery.get(3));
        assertEquals(401, recoveryAgain.status(), "a recovery code works once: " + recoveryAgain.body());
        assertEquals(200, new Browser(admin).login(user.username(), user.password(), recovery.get(4)).status());

        List<String> actions = user.api().get("/v1/workspaces/" + user.orgId() + "/audit_log?limit=100").json()
                .getJsonArray("data").getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertTrue(actions.contains("user.two_factor_enabled"), actions.toString());
        assertTrue(actions.contains("user.sign_in_failed"), actions.toString());
    }

    @Test
    void confirmationNeedsTheRightCodeAndEnrolmentIsOnlyOnce() {
        LocalUser user = LocalUsers.create(admin, "confirm");
        Api.Reply none = user.api().post("/v1/users/me/2fa/confirm", "{\"code\":\"123456\"}");
        assertEquals(400, none.status(), "nothing to confirm: " + none.body());
        String secret = enrol(user);
        String wrong = TotpCodes.at(secret, Instant.now()).equals("000000") ? "111111" : "000000";
        Api.Reply refused = user.api().post("/v1/users/me/2fa/confirm", "{\"code\":\"" + wrong + "\"}");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("code", refused.error().getString("field"));
        Api.Reply missing = user.api().post("/v1/users/me/2fa/confirm", "{}");
        assertEquals("code", missing.error().getString("field"));
        assertFalse(user.api().get("/v1/users/me").json().getJsonObject("data").getBoolean("two_factor_enabled"));

        confirm(user, secret);
        Api.Reply again = user.api().post("/v1/users/me/2fa", "");
        assertEquals(400, again.status(), "already on: " + again.body());
    }

    @Test
    void turningItOffNeedsThePasswordOrACode() {
        LocalUser user = LocalUsers.create(admin, "totp-off");
        confirm(user, enrol(user));
        Api.Reply nothing = user.api().raw(user.api().request("/v1/users/me/2fa")
                .header("Authorization", "Bearer " + user.data().getString("api_key"))
                .header("Content-Type", "application/json")
                .method("DELETE", java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(400, nothing.status(), nothing.body());
        Api.Reply wrong = delete(user, "{\"password\":\"certainly not the password\"}");
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals("password", wrong.error().getString("field"));
        Api.Reply off = delete(user, "{\"password\":\"" + user.password() + "\"}");
        assertEquals(204, off.status(), off.body());
        assertFalse(user.api().get("/v1/users/me").json().getJsonObject("data").getBoolean("two_factor_enabled"));
        assertEquals(200, new Browser(admin).login(user.username(), user.password()).status(), "no code needed now");
    }

    private static Api.Reply delete(LocalUser user, String json) {
        return user.api().raw(user.api().request("/v1/users/me/2fa")
                .header("Authorization", "Bearer " + user.data().getString("api_key"))
                .header("Content-Type", "application/json")
                .method("DELETE", java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String enrol(LocalUser user) {
        Api.Reply reply = user.api().post("/v1/users/me/2fa", "");
        assertEquals(200, reply.status(), reply.body());
        JsonObject data = reply.json().getJsonObject("data");
        String secret = data.getString("secret");
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        assertTrue(data.getString("otpauth_uri").startsWith("otpauth://totp/Millrace:" + user.username() + "?secret=" + secret),
                data.getString("otpauth_uri"));
        return secret;
    }

    private static List<String> confirm(LocalUser user, String secret) {
        Api.Reply reply = user.api().post("/v1/users/me/2fa/confirm",
                "{\"code\":\"" + TotpCodes.at(secret, Instant.now()) + "\"}");
        assertEquals(200, reply.status(), reply.body());
        List<String> codes = reply.json().getJsonObject("data").getJsonArray("recovery_codes").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        assertEquals(10, codes.size());
        return codes;
    }
}
