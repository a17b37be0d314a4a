package io.millrace.domain.workspace;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A workspace (Pipedream's "org"): owns projects, users' work and data. */
@Entity
@Cacheable
@Table(name = "MR_WORKSPACE")
public class Workspace {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false, unique = true)
    private String orgname;
    private String email;
    private long createdAt;
    /** null in rows from before the setting: false */
    private Boolean requireTwoFactor;
    /** {@link LoginMethods#json()}; null in rows from before the setting: any */
    @Column(length = 32)
    private String loginMethods;
    /** the company's email domains, comma-separated (for {@link LoginMethods#SSO_WITH_GUESTS}); may be null */
    @Column(length = 6000)
    private String ssoDomains;
    /** where error notifications are emailed, comma-separated ({@link NotificationTargets}); may be null */
    @Column(length = 6000)
    private String notificationEmails;
    /** where error notifications are POSTed as JSON; may be null */
    @Column(length = NotificationTargets.MAX_URL)
    private String notificationWebhookUrl;

    protected Workspace() {
    }

    public Workspace(String id, String name, String orgname, String email, long createdAt) {
        this.id = id;
        this.name = name;
        this.orgname = orgname;
        this.email = email;
        this.createdAt = createdAt;
    }

    public String id() { return id; }
    public String name() { return name; }
    public String orgname() { return orgname; }
    public String email() { return email; }
    public long createdAt() { return createdAt; }

    /** Whether every member with a local password must use two-factor authentication. */
    public boolean requireTwoFactor() {
        return Boolean.TRUE.equals(requireTwoFactor);
    }

    /** Which sign-in methods its members may use ({@link LoginPolicy}). */
    public LoginMethods loginMethods() {
        return loginMethods == null ? LoginMethods.ANY : LoginMethods.parse(loginMethods).orElse(LoginMethods.ANY);
    }

    /** The company's email domains, lower case (members with other domains are guests). */
    public java.util.List<String> ssoDomains() {
        return EmailDomains.split(ssoDomains);
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void requireTwoFactor(boolean required) {
        this.requireTwoFactor = required;
    }

    public void loginMethods(LoginMethods methods) {
        this.loginMethods = methods.json();
    }

    public void ssoDomains(java.util.List<String> domains) {
        this.ssoDomains = domains.isEmpty() ? null : String.join(",", domains);
    }

    /** The addresses error notifications are emailed to (empty: the workspace owner's address). */
    public java.util.List<String> notificationEmails() {
        return NotificationTargets.split(notificationEmails);
    }

    /** The URL error notifications are POSTed to, or null. */
    public String notificationWebhookUrl() {
        return notificationWebhookUrl;
    }

    public void notificationEmails(java.util.List<String> emails) {
        this.notificationEmails = emails.isEmpty() ? null : String.join(",", emails);
    }

    public void notificationWebhookUrl(String url) {
        this.notificationWebhookUrl = url;
    }
}
