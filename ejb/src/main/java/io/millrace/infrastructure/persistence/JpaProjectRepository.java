package io.millrace.infrastructure.persistence;

import io.millrace.domain.environment.ScopeType;
import io.millrace.domain.workspace.Folder;
import io.millrace.domain.workspace.Project;
import io.millrace.domain.workspace.ProjectMember;
import io.millrace.domain.workspace.ProjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public Optional<Project> project(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Project.class, id));
    }

    @Override
    public List<Project> projects(String workspaceId) {
        return em.createQuery("SELECT p FROM Project p WHERE p.workspaceId = :w ORDER BY p.createdAt, p.id",
                Project.class).setParameter("w", workspaceId).getResultList();
    }

    @Override
    public Optional<Project> byName(String workspaceId, String name) {
        return em.createQuery("SELECT p FROM Project p WHERE p.workspaceId = :w AND p.name = :n", Project.class)
                .setParameter("w", workspaceId).setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public Set<String> restrictedWithout(String workspaceId, String userId) {
        if (userId == null) {
            return new HashSet<>(em.createQuery("SELECT p.id FROM Project p WHERE p.workspaceId = :w"
                    + " AND p.restricted = TRUE", String.class).setParameter("w", workspaceId).getResultList());
        }
        return new HashSet<>(em.createQuery("SELECT p.id FROM Project p WHERE p.workspaceId = :w"
                        + " AND p.restricted = TRUE AND (p.ownerId IS NULL OR p.ownerId <> :u)"
                        + " AND NOT EXISTS (SELECT m FROM ProjectMember m WHERE m.projectId = p.id AND m.userId = :u)",
                String.class).setParameter("w", workspaceId).setParameter("u", userId).getResultList());
    }

    @Override
    public Set<String> members(String projectId) {
        return new LinkedHashSet<>(em.createQuery("SELECT m.userId FROM ProjectMember m WHERE m.projectId = :p"
                + " ORDER BY m.userId", String.class).setParameter("p", projectId).getResultList());
    }

    @Override
    public void replaceMembers(String projectId, Set<String> userIds) {
        em.createQuery("DELETE FROM ProjectMember m WHERE m.projectId = :p").setParameter("p", projectId)
                .executeUpdate();
        em.flush();
        userIds.forEach(u -> em.persist(new ProjectMember(projectId, u)));
    }

    @Override
    public List<String> contents(String projectId) {
        List<String> kinds = new ArrayList<>();
        count(kinds, "workflows", "SELECT COUNT(x) FROM Workflow x WHERE x.projectId = :p AND x.deleted = FALSE", projectId);
        count(kinds, "sources", "SELECT COUNT(x) FROM Source x WHERE x.projectId = :p", projectId);
        count(kinds, "data stores", "SELECT COUNT(x) FROM Store x WHERE x.projectId = :p", projectId);
        long vars = em.createQuery("SELECT COUNT(x) FROM EnvVar x WHERE x.scopeType = :t AND x.scopeId = :p", Long.class)
                .setParameter("t", ScopeType.PROJECT).setParameter("p", projectId).getSingleResult();
        if (vars > 0) {
            kinds.add(vars + " env vars");
        }
        count(kinds, "folders", "SELECT COUNT(x) FROM Folder x WHERE x.projectId = :p", projectId);
        return kinds;
    }

    private void count(List<String> kinds, String kind, String jpql, String projectId) {
        long n = em.createQuery(jpql, Long.class).setParameter("p", projectId).getSingleResult();
        if (n > 0) {
            kinds.add(n + " " + kind);
        }
    }

    @Override
    public void add(Project project) {
        em.persist(project);
    }

    @Override
    public void remove(Project project) {
        em.createQuery("DELETE FROM ProjectMember m WHERE m.projectId = :p").setParameter("p", project.id())
                .executeUpdate();
        em.remove(em.contains(project) ? project : em.merge(project));
    }

    @Override
    public Optional<Folder> folder(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Folder.class, id));
    }

    @Override
    public List<Folder> folders(String projectId) {
        return em.createQuery("SELECT f FROM Folder f WHERE f.projectId = :p ORDER BY f.createdAt, f.id", Folder.class)
                .setParameter("p", projectId).getResultList();
    }

    @Override
    public Optional<Folder> folderByName(String projectId, String parentId, String name) {
        String parent = parentId == null ? "f.parentId IS NULL" : "f.parentId = :parent";
        var query = em.createQuery("SELECT f FROM Folder f WHERE f.projectId = :p AND f.name = :n AND " + parent,
                Folder.class).setParameter("p", projectId).setParameter("n", name);
        if (parentId != null) {
            query.setParameter("parent", parentId);
        }
        return query.getResultStream().findFirst();
    }

    @Override
    public long countInFolder(String folderId) {
        return em.createQuery("SELECT COUNT(x) FROM Workflow x WHERE x.folderId = :f AND x.deleted = FALSE", Long.class)
                .setParameter("f", folderId).getSingleResult()
                + em.createQuery("SELECT COUNT(f) FROM Folder f WHERE f.parentId = :f", Long.class)
                .setParameter("f", folderId).getSingleResult();
    }

    @Override
    public void add(Folder folder) {
        em.persist(folder);
    }

    @Override
    public void remove(Folder folder) {
        em.remove(em.contains(folder) ? folder : em.merge(folder));
    }
}
