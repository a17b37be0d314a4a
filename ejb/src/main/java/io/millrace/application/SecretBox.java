package io.millrace.application;

/**
 * Encryption at rest for values such as environment variables. {@code context} (e.g. the owning
 * record's id) is authenticated with the value, so a sealed value only opens for the record it was
 * sealed for.
 */
public interface SecretBox {
    /** @return printable sealed text, different each call */
    String seal(String plaintext, String context);

    /** @throws IllegalStateException when the text was not sealed with this key and context, or was altered */
    String open(String sealed, String context);
}
