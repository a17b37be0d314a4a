package io.millrace.application.signin;

import io.millrace.domain.workspace.UserRules;
import io.millrace.shared.InvalidInputException;
import java.util.function.Predicate;

/** A Millrace username for a person from a directory: their name in the allowed characters, made unique. */
final class Usernames {
    private Usernames() {
    }

    /** The name with other characters as {@code -}, cut to fit, then {@code -2}, {@code -3}… while taken. */
    static String unique(String wanted, Predicate<String> taken) {
        String base = wanted.replaceAll("[^A-Za-z0-9_.-]", "-");
        if (base.isEmpty()) {
            base = "user";
        }
        base = base.substring(0, Math.min(base.length(), UserRules.MAX_USERNAME_LENGTH - 6));
        String name = base;
        for (int n = 2; taken.test(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** The address when it is one Millrace accepts, else none. */
    static String email(String email) {
        try {
            UserRules.checkEmail(email);
            return email;
        } catch (InvalidInputException e) {
            return null;
        }
    }
}
