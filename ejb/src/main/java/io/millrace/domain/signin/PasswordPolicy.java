package io.millrace.domain.signin;

import io.millrace.shared.InvalidInputException;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: {@value #MIN} to {@value #MAX} characters (counted as code points), not the
 * username or email address (ignoring case), and not one of a small list of passwords that are tried
 * first. Breaking a rule is an {@link InvalidInputException} naming the field (usually {@code password}).
 */
public final class PasswordPolicy {
    public static final int MIN = 12;
    public static final int MAX = 128;

    /** Very common passwords of 12 characters or more (shorter ones are refused by length already). */
    private static final Set<String> COMMON = Set.of("123456789012", "1234567890123", "12345678901234",
            "123456789012345", "1234567890123456", "password1234", "password12345", "password123456",
            "passwordpassword", "qwertyuiopas", "qwertyuiop12", "qwertyuiop123", "qwerty123456",
            "1q2w3e4r5t6y", "1qaz2wsx3edc", "qazwsxedcrfv", "zaq12wsxcde3", "iloveyou1234", "111111111111",
            "000000000000", "123123123123", "abcdefghijkl", "abc123abc123", "letmein12345", "welcome12345",
            "administrator", "administrator1", "changeme1234", "trustno11234", "football1234",
            "baseball1234", "monkey123456", "sunshine1234", "princess1234", "superman1234", "starwars1234",
            "correcthorsebatterystaple", "aaaaaaaaaaaa", "passw0rd1234", "p@ssw0rd1234", "password!123",
            "millrace1234", "millracemillrace", "pipedream1234");

    private PasswordPolicy() {
    }

    /** Checks a new password of the user with this username and (nullable) email address. */
    public static void check(String password, String username, String email, String field) {
        if (password == null) {
            throw new InvalidInputException(field, field + " is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN) {
            throw new InvalidInputException(field, field + " must be at least " + MIN + " characters");
        }
        if (length > MAX) {
            throw new InvalidInputException(field, field + " must be at most " + MAX + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.toLowerCase(Locale.ROOT))
                || email != null && lower.equals(email.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(field, field + " must not be the username or email address");
        }
        if (COMMON.contains(lower)) {
            throw new InvalidInputException(field, field + " is one of the most common passwords: choose another");
        }
    }
}
