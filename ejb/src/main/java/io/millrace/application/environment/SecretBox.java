package io.millrace.application.environment;

/**
 * Encryption at rest for values such as environment variables, and keyed digests. {@code context} (e.g. the owning
 * record's id) is authenticated with the value, so a sealed value only opens for the record it was
 * sealed for.
 */
public interface SecretBox {
    /** @return printable sealed text, different each call */
    String seal(String plaintext, String context);

    /** @throws IllegalStateException when the text was not sealed with this key and context, or was altered */
    String open(String sealed, String context);

    /**
     * A keyed digest of {@code value} (HMAC-SHA256 with a key derived from the secrets key), as URL-safe
     * text: for secret URLs that must be checked without storing them.
     */
    String mac(String value);
}
