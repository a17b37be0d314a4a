package io.millrace.domain.signin;

import java.util.Locale;
import java.util.Optional;

/** The role a mapped group gives in a workspace; a later one in this order outranks an earlier one. */
public enum MappedRole {
    MEMBER, ADMIN, OWNER;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MappedRole> parse(String text) {
        for (MappedRole role : values()) {
            if (role.value().equals(text)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    public MappedRole higher(MappedRole other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }
}
