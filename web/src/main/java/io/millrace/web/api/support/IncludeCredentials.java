package io.millrace.web.api.support;

import io.millrace.shared.ForbiddenException;
import io.millrace.shared.InvalidInputException;
import io.millrace.web.security.Caller;

/** The {@code include_credentials} query parameter of the account endpoints (Millrace's and Connect's). */
public final class IncludeCredentials {
    private IncludeCredentials() {
    }

    /** 1 or true asks for them, 0, false or none does not; credentials never go to a browser session (403). */
    public static boolean asked(Caller caller, String include) {
        if (include == null || include.equals("0") || include.equals("false")) {
            return false;
        }
        if (!include.equals("1") && !include.equals("true")) {
            throw new InvalidInputException("include_credentials", "include_credentials must be 1, true, 0 or false");
        }
        if (caller.viaSession()) {
            throw new ForbiddenException("credentials are returned only to API keys and OAuth tokens, never to a browser session");
        }
        return true;
    }
}
