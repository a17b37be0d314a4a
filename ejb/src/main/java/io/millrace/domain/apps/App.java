package io.millrace.domain.apps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * An app of the catalogue, the same for every workspace: its name slug (what app props name, unique), auth type,
 * OAuth endpoints and default scopes, and the custom fields its accounts ask for. Listed by an administrator
 * ({@link Origin#ADMIN}) or, with auth type {@code none} until an administrator completes it, by the app prop of a
 * saved component ({@link Origin#COMPONENT}).
 */
@Entity
@Table(name = "MR_APP")
public class App {
    public static final int MAX_URL = 2048;

    /** Who listed the app. */
    public enum Origin { ADMIN, COMPONENT }

    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, unique = true, length = 64)
    private String nameSlug;
    @Column(nullable = false, length = 255)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private AuthType authType;
    @Column(length = 2048)
    private String description;
    @Column(length = MAX_URL)
    private String imgSrc;
    @Lob
    private String customFieldsJson;
    @Column(length = 1024)
    private String categories;
    @Column(length = MAX_URL)
    private String authorizeUrl;
    @Column(length = MAX_URL)
    private String tokenUrl;
    @Column(length = MAX_URL)
    private String revokeUrl;
    @Column(length = 2048)
    private String scopes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Origin origin;
    @Column(length = MAX_URL)
    private String baseProxyTargetUrl;
    @Column(length = 2048)
    private String allowedDomains;
    private long createdAt;
    private long updatedAt;

    protected App() {
    }

    public App(String id, String nameSlug, Origin origin, long now) {
        this.id = id;
        this.nameSlug = nameSlug;
        this.name = nameSlug;
        this.authType = AuthType.NONE;
        this.origin = origin;
        this.customFieldsJson = "[]";
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Applies what the request gives (null fields stay as they are); the app becomes an administrator's. */
    public void apply(AppRequest r, long now) {
        if (r.nameSlug() != null) {
            nameSlug = r.nameSlug();
        }
        if (r.name() != null) {
            name = r.name();
        }
        if (r.authType() != null) {
            authType = r.authType();
        }
        if (r.description() != null) {
            description = r.description();
        }
        if (r.imgSrc() != null) {
            imgSrc = r.imgSrc();
        }
        if (r.customFields() != null) {
            customFieldsJson = CustomField.toJson(r.customFields());
        }
        if (r.categories() != null) {
            categories = String.join("\n", r.categories());
        }
        if (r.authorizeUrl() != null) {
            authorizeUrl = r.authorizeUrl();
        }
        if (r.tokenUrl() != null) {
            tokenUrl = r.tokenUrl();
        }
        if (r.revokeUrl() != null) {
            revokeUrl = r.revokeUrl();
        }
        if (r.scopes() != null) {
            scopes = String.join(" ", r.scopes());
        }
        if (r.baseProxyTargetUrl() != null) {
            baseProxyTargetUrl = r.baseProxyTargetUrl().isEmpty() ? null : r.baseProxyTargetUrl();
        }
        if (r.allowedDomains() != null) {
            allowedDomains = String.join("\n", r.allowedDomains());
        }
        origin = Origin.ADMIN;
        updatedAt = now;
    }

    public String id() { return id; }
    public String nameSlug() { return nameSlug; }
    public String name() { return name; }
    public AuthType authType() { return authType; }
    public String description() { return description; }
    public String imgSrc() { return imgSrc; }
    public List<CustomField> customFields() { return CustomField.fromJson(customFieldsJson); }
    public String customFieldsJson() { return customFieldsJson == null ? "[]" : customFieldsJson; }
    public List<String> categories() {
        return categories == null || categories.isEmpty() ? List.of() : Arrays.asList(categories.split("\n"));
    }
    public String authorizeUrl() { return authorizeUrl; }
    public String tokenUrl() { return tokenUrl; }
    public String revokeUrl() { return revokeUrl; }
    /** The default scopes, in order. */
    public List<String> scopes() {
        return scopes == null || scopes.isBlank() ? List.of() : Arrays.asList(scopes.trim().split(" +"));
    }
    public Origin origin() { return origin; }
    /** The Connect proxy's base URL for relative paths (may hold {@code {{custom_fields.NAME}}}); null: none. */
    public String baseProxyTargetUrl() { return baseProxyTargetUrl; }
    /** The domains full Connect proxy URLs may go to (with their subdomains); empty: any the egress policy allows. */
    public List<String> allowedDomains() {
        return allowedDomains == null || allowedDomains.isEmpty() ? List.of() : Arrays.asList(allowedDomains.split("\n"));
    }
    public long createdAt() { return createdAt; }
    public long updatedAt() { return updatedAt; }

    /** Whether an account can be connected through the OAuth flow: its endpoints are known. */
    public boolean oauthReady() {
        return authType == AuthType.OAUTH && authorizeUrl != null && tokenUrl != null;
    }
}
