package io.millrace.domain.environment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * An environment variable of a workspace or project. The value is kept only sealed (encrypted, bound
 * to the variable's id), whether or not the variable is secret; a secret's value is never shown again.
 */
@Entity
@Table(name = "MR_ENV_VAR",
        uniqueConstraints = @UniqueConstraint(columnNames = {"SCOPETYPE", "SCOPEID", "VAR_KEY"}))
public class EnvVar {
    @Id
    @Column(length = 32)
    private String id;
    @Enumerated(EnumType.STRING)
    @Column(name = "SCOPETYPE", nullable = false, length = 16)
    private ScopeType scopeType;
    @Column(name = "SCOPEID", nullable = false, length = 32)
    private String scopeId;
    @Column(name = "VAR_KEY", nullable = false, length = EnvVarRules.MAX_KEY_LENGTH)
    private String varKey;
    /** Base64 ciphertext of at most 64 KB of plaintext: about 88,000 characters. */
    @Lob
    @Column(name = "SEALED_VALUE", nullable = false, length = 131072)
    private String sealedValue;
    @Column(length = EnvVarRules.MAX_DESCRIPTION_LENGTH)
    private String description;
    private boolean secret;
    private long createdAt;
    private long updatedAt;

    protected EnvVar() {
    }

    public EnvVar(String id, Scope scope, String key, String sealedValue, String description, boolean secret,
                  long now) {
        this.id = id;
        this.scopeType = scope.type();
        this.scopeId = scope.id();
        this.varKey = key;
        this.sealedValue = sealedValue;
        this.description = description;
        this.secret = secret;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String key) {
        this.varKey = key;
    }

    public void replaceValue(String sealedValue) {
        this.sealedValue = sealedValue;
    }

    public void describe(String description) {
        this.description = description;
    }

    public void markSecret(boolean secret) {
        this.secret = secret;
    }

    public void touch(long now) {
        this.updatedAt = now;
    }

    public String id() { return id; }
    public Scope scope() { return new Scope(scopeType, scopeId); }
    public String key() { return varKey; }
    public String sealedValue() { return sealedValue; }
    public String description() { return description; }
    public boolean secret() { return secret; }
    public long createdAt() { return createdAt; }
    public long updatedAt() { return updatedAt; }
}
