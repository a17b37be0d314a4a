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
}
