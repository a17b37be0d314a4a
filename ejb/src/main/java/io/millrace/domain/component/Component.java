package io.millrace.domain.component;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * A saved component: its code and what the code declares. Immutable, so it may be cached. A null
 * {@link #workspaceId()} marks a component of Millrace's registry.
 */
@Entity
@Cacheable
@Table(name = "MR_COMPONENT", indexes = {
        @Index(name = "MR_COMPONENT_KEY", columnList = "workspaceId,componentKey"),
        @Index(name = "MR_COMPONENT_HASH", columnList = "workspaceId,codeHash")})
public class Component {
    /** The longest {@code component_url} a component keeps. */
    public static final int MAX_URL_LENGTH = 2048;
    public static final String SOURCE = "source";
    public static final String ACTION = "action";

    @Id
    @Column(length = 32)
    private String id;
    @Column(length = 32)
    private String workspaceId;
    @Column(length = 255)
    private String componentKey;
    @Column(length = 255)
    private String name;
    @Column(nullable = false, length = 16)
    private String type;
    @Column(length = 64)
    private String version;
    @Column(length = 2048)
    private String description;
    @Column(length = 16)
    private String dedupe;
    @Lob
    @Column(nullable = false)
    private String code;
    @Column(nullable = false, length = 64)
    private String codeHash;
    @Column(length = MAX_URL_LENGTH)
    private String componentUrl;
    @Lob
    @Column(nullable = false)
    private String configurablePropsJson;
    @Column(length = 255)
    private String hooks;
    @Lob
    private String packagesJson;
    /** The app a registry component belongs to (the {@code app} filter of the search), else null. */
    @Column(length = 64)
    private String app;
    private long createdAt;

    protected Component() {
    }

    public Component(String id, String workspaceId, Declaration declaration, String code, String codeHash,
                     String componentUrl, String app, long now) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.componentKey = declaration.key();
        this.name = declaration.name();
        this.type = declaration.type();
        this.version = declaration.version();
        this.description = declaration.description() == null ? null
                : declaration.description().substring(0, Math.min(2048, declaration.description().length()));
        this.dedupe = declaration.dedupe();
        this.code = code;
        this.codeHash = codeHash;
        this.componentUrl = componentUrl;
        this.configurablePropsJson = declaration.configurablePropsJson();
        this.hooks = String.join(",", declaration.hooks());
        this.packagesJson = declaration.packagesJson();
        this.app = app;
        this.createdAt = now;
    }

    public String id() { return id; }
    /** The owning workspace, or null for a registry component. */
    public String workspaceId() { return workspaceId; }
    public boolean registry() { return workspaceId == null; }
    public String key() { return componentKey; }
    public String name() { return name; }
    public String type() { return type; }
    public boolean source() { return SOURCE.equals(type); }
    public String version() { return version; }
    public String description() { return description; }
    /** {@code unique}, {@code greatest}, {@code last}, or null. */
    public String dedupe() { return dedupe; }
    public String code() { return code; }
    public String codeHash() { return codeHash; }
    public String componentUrl() { return componentUrl; }
    public String configurablePropsJson() { return configurablePropsJson; }
    public List<String> hooks() { return hooks == null || hooks.isEmpty() ? List.of() : Arrays.asList(hooks.split(",")); }
    public boolean hasHook(String hook) { return hooks().contains(hook); }
    /** npm packages name to exact version, as a JSON object. */
    public String packagesJson() { return packagesJson == null ? "{}" : packagesJson; }
    public String app() { return app; }
    public long createdAt() { return createdAt; }

    /** What a component's code declares, as the runtime described it. */
    public Declaration declaration() {
        return new Declaration(componentKey, name, type, version, description, dedupe, configurablePropsJson,
                hooks(), packagesJson());
    }

    /**
     * What a component module declares (see {@code io.millrace.runtime.ComponentInfo}).
     *
     * @param packagesJson npm packages name to exact version, as a JSON object
     */
    public record Declaration(String key, String name, String type, String version, String description,
                              String dedupe, String configurablePropsJson, List<String> hooks, String packagesJson) {
        public Declaration {
            hooks = List.copyOf(hooks);
        }
    }
}
