package io.millrace.domain.workflow;

import java.util.Locale;

/**
 * A recipient address as an email trigger reads it: {@code <key>[+<data>]@<domain>}. The key is compared in
 * lower case (mail systems treat local parts case-insensitively in practice); the {@code +data} suffix is kept
 * as sent, for the event.
 *
 * @param key    the local part before the first {@code +}, in lower case
 * @param data   what follows the {@code +}, or null without one
 * @param domain the domain, in lower case
 */
public record EmailAddress(String key, String data, String domain) {

    /**
     * Reads an address such as {@code ekey+test@mail.example.com} or {@code <ekey@mail.example.com>}; null when it
     * is not one (no {@code @}, an empty local part or domain).
     */
    public static EmailAddress parse(String address) {
        if (address == null) {
            return null;
        }
        String a = address.trim();
        if (a.startsWith("<") && a.endsWith(">")) {
            a = a.substring(1, a.length() - 1).trim();
        }
        int at = a.lastIndexOf('@');
        if (at <= 0 || at == a.length() - 1) {
            return null;
        }
        String local = a.substring(0, at);
        String domain = a.substring(at + 1).toLowerCase(Locale.ROOT);
        int plus = local.indexOf('+');
        String key = (plus < 0 ? local : local.substring(0, plus)).toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return null;
        }
        return new EmailAddress(key, plus < 0 ? null : local.substring(plus + 1), domain);
    }

    /** Whether the address is in {@code inboundDomain} (compared in lower case). */
    public boolean inDomain(String inboundDomain) {
        return domain.equals(inboundDomain.toLowerCase(Locale.ROOT));
    }

    /** The trigger's own address, without the {@code +data}. */
    public String triggerAddress() {
        return key + "@" + domain;
    }
}
