package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's browser sessions, password and two-factor authentication. */
public final class SignInSchemas {
    private SignInSchemas() {
    }

    @Schema(name = "BrowserSession")
    public static class BrowserSession {
        @Schema(example = "ses_K0uAeeXy")
        public String id;
        public long created_at;
        @Schema(description = "when it was last used (written at most once a minute)")
        public long last_seen_at;
        @Schema(description = "when it ends unless it is used again (idle and absolute timeouts)")
        public long expires_at;
        @Schema(nullable = true, example = "203.0.113.7")
        public String ip_address;
        @Schema(nullable = true)
        public String user_agent;
        @Schema(description = "whether it is the session of this request")
        public boolean current;
    }

    @Schema(name = "BrowserSessionList")
    public static class BrowserSessionList {
        public List<BrowserSession> data;
    }

    @Schema(name = "PasswordChange")
    public static class PasswordChange {
        @Schema(description = "the current password; required when the user has one")
        public String current_password;
        @Schema(required = true, minLength = 12, maxLength = 128,
                description = "12 to 128 characters, not the username or email address, not a very common password")
        public String password;
    }

    @Schema(name = "TwoFactorEnrolment")
    public static class TwoFactorEnrolment {
        @Schema(description = "the TOTP secret (base32), to type into an authenticator app")
        public String secret;
        @Schema(example = "otpauth://totp/Millrace:alice?secret=JBSW…&issuer=Millrace&algorithm=SHA1&digits=6&period=30")
        public String otpauth_uri;
    }

    @Schema(name = "TwoFactorEnrolmentData")
    public static class TwoFactorEnrolmentData {
        public TwoFactorEnrolment data;
    }

    @Schema(name = "TwoFactorCode")
    public static class TwoFactorCode {
        @Schema(required = true, example = "123456", description = "the 6 digits the authenticator app shows")
        public String code;
    }

    @Schema(name = "RecoveryCodes")
    public static class RecoveryCodes {
        @Schema(description = "10 one-time codes that stand in for a TOTP code; shown only here")
        public List<String> recovery_codes;
        public boolean two_factor_enabled;
    }

    @Schema(name = "RecoveryCodesData")
    public static class RecoveryCodesData {
        public RecoveryCodes data;
    }

    @Schema(name = "TwoFactorOff")
    public static class TwoFactorOff {
        @Schema(description = "the current password (or send code)")
        public String password;
        @Schema(description = "a TOTP code or a recovery code (or send password)")
        public String code;
    }

    @Schema(name = "LoginMethod")
    public static class LoginMethod {
        @Schema(required = true, enumeration = {"password", "oidc", "saml", "ldap"},
                description = "password: POST /login; ldap: POST /login with \"method\": \"ldap\"; oidc and saml: a browser flow")
        public String method;
        @Schema(example = "/saml/login", description = "where the browser flow starts (oidc and saml only; absent otherwise)")
        public String login_url;
    }

    @Schema(name = "LoginMethods")
    public static class LoginMethods {
        public List<LoginMethod> methods;
    }

    @Schema(name = "LoginMethodsData")
    public static class LoginMethodsData {
        public LoginMethods data;
    }
}
