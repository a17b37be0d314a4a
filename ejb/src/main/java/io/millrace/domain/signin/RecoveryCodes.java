package io.millrace.domain.signin;

import io.millrace.domain.workspace.ApiKeys;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * New recovery codes ({@value #COUNT}, each 16 base32 characters, about 80 random bits, shown as
 * {@code xxxx-xxxx-xxxx-xxxx}) and their digest, which ignores case, spaces and dashes.
 */
public final class RecoveryCodes {
    public static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    public static List<String> newCodes() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(19);
            for (int c = 0; c < 16; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** Whether the text looks like a recovery code (rather than a TOTP code). */
    public static boolean looksLikeOne(String text) {
        return text != null && normalize(text).matches("[a-z2-7]{16}");
    }

    public static String hash(String code) {
        return ApiKeys.hash("recovery\0" + normalize(code));
    }

    private static String normalize(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
