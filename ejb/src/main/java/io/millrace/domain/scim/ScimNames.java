package io.millrace.domain.scim;

/**
 * The names an identity provider gives a user in one workspace; each may be null.
 */
public record ScimNames(String externalId, String givenName, String familyName, String displayName) {
    /** The longest of these values. */
    public static final int MAX = 255;

    public static final ScimNames NONE = new ScimNames(null, null, null, null);

    public ScimNames withExternalId(String value) {
        return new ScimNames(value, givenName, familyName, displayName);
    }

    public ScimNames withGivenName(String value) {
        return new ScimNames(externalId, value, familyName, displayName);
    }

    public ScimNames withFamilyName(String value) {
        return new ScimNames(externalId, givenName, value, displayName);
    }

    public ScimNames withDisplayName(String value) {
        return new ScimNames(externalId, givenName, familyName, value);
    }

    /** {@code given family}, or null when both are absent. */
    public String formatted() {
        if (givenName == null && familyName == null) {
            return null;
        }
        return ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
    }
}
