package io.millrace.domain.workspace;

import io.millrace.shared.InvalidInputException;
import java.util.regex.Pattern;

/**
 * What a user accepts: a username of 1 to {@value #MAX_USERNAME_LENGTH} letters, digits, {@code _},
 * {@code .} or {@code -}; an email address of the plain form {@code local@domain} (no display name, no
 * spaces, at most {@value #MAX_EMAIL_LENGTH} characters). Each rejection names its field.
 */
public final class UserRules {
    public static final int MAX_USERNAME_LENGTH = 64;
    public static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>()\\[\\],;:\"\\\\]{1,64}@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");

    private UserRules() {
    }

    public static void checkUsername(String username) {
        if (username == null || username.isEmpty()) {
            throw new InvalidInputException("username", "username is required");
        }
        if (username.length() > MAX_USERNAME_LENGTH || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "username must be 1 to " + MAX_USERNAME_LENGTH
                    + " letters, digits, '_', '.' or '-'");
        }
    }

    /**
     * A username an identity provider gives (SCIM {@code userName}): the usual characters, or an email address
     * ({@code alice@example.com}, as Okta and Entra ID send), at most {@value #MAX_USERNAME_LENGTH} characters.
     */
    public static void checkProvisionedUsername(String username) {
        if (username != null && username.indexOf('@') > 0 && username.length() <= MAX_USERNAME_LENGTH
                && EMAIL.matcher(username).matches()) {
            return;
        }
        checkUsername(username);
    }

    /** Whether {@code email} is a plain address of at most {@value #MAX_EMAIL_LENGTH} characters. */
    public static boolean isEmail(String email) {
        return email != null && email.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(email).matches();
    }

    /** An email may be absent (null). */
    public static void checkEmail(String email) {
        if (email != null && !isEmail(email)) {
            throw new InvalidInputException("email", "email must be an address like name@example.com");
        }
    }
}
