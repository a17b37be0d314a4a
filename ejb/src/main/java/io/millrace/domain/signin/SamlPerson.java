package io.millrace.domain.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who a verified SAML assertion names, as an {@link ExternalIdentity}: the subject is the {@code NameID};
 * the email is the NameID when it is an address (as Okta, Google Workspace and Pipedream's own set-up send it),
 * else the first of the usual email attributes; the username is the {@code username} or {@code uid}
 * attribute, else the NameID's or the email's local part; the groups are the values of the configured
 * attribute (Keycloak's full group paths lose their leading {@code /}). Attribute names match without
 * regard to case.
 */
public final class SamlPerson {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final List<String> EMAIL_ATTRIBUTES = List.of("email", "mail", "emailaddress",
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", "urn:oid:0.9.2342.19200300.100.1.3");
    private static final List<String> USERNAME_ATTRIBUTES = List.of("username", "uid", "urn:oid:0.9.2342.19200300.100.1.1");

    private SamlPerson() {
    }

    /**
     * @param idpEntityId     the identity provider's entity id: the provider is {@code saml:<entity id>}
     * @param nameId          the assertion's NameID
     * @param attributes      the assertion's attributes by name
     * @param groupsAttribute the name of the attribute that lists the person's groups
     * @throws IllegalArgumentException when there is no NameID
     */
    public static ExternalIdentity of(String idpEntityId, String nameId, Map<String, List<String>> attributes,
                                      String groupsAttribute) {
        if (nameId == null || nameId.isBlank()) {
            throw new IllegalArgumentException("the assertion names no subject (NameID)");
        }
        String subject = nameId.trim();
        String email = isEmail(subject) ? subject : first(attributes, EMAIL_ATTRIBUTES);
        if (email != null && !isEmail(email)) {
            email = null;
        }
        String username = first(attributes, USERNAME_ATTRIBUTES);
        if (username == null) {
            username = isEmail(subject) ? localPart(subject) : subject;
        } else if (isEmail(username)) {
            username = localPart(username);
        }
        return new ExternalIdentity("saml:" + idpEntityId, subject, username, email, groups(attributes, groupsAttribute));
    }

    private static List<String> groups(Map<String, List<String>> attributes, String name) {
        List<String> groups = new ArrayList<>();
        for (String value : values(attributes, name)) {
            String group = value == null ? "" : value.trim();
            if (group.startsWith("/")) {
                group = group.substring(1);
            }
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        return groups;
    }

    private static String first(Map<String, List<String>> attributes, List<String> names) {
        for (String name : names) {
            for (String value : values(attributes, name)) {
                if (value != null && !value.isBlank()) {
                    return value.trim();
                }
            }
        }
        return null;
    }

    private static List<String> values(Map<String, List<String>> attributes, String name) {
        if (attributes == null || name == null || name.isBlank()) {
            return List.of();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        List<String> values = new ArrayList<>();
        attributes.forEach((key, list) -> {
            if (key != null && key.toLowerCase(Locale.ROOT).equals(wanted) && list != null) {
                values.addAll(list);
            }
        });
        return values;
    }

    private static boolean isEmail(String text) {
        return text != null && EMAIL.matcher(text).matches();
    }

    private static String localPart(String email) {
        return email.substring(0, email.indexOf('@'));
    }
}
