package io.millrace.infrastructure.persistence;

import io.millrace.domain.workspace.Project;
import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.Workspace;
import io.millrace.domain.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaWorkspaceRepository implements WorkspaceRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public Optional<Workspace> workspace(String id) {
        return Optional.ofNullable(em.find(Workspace.class, id));
    }

    @Override
    public Optional<Project> project(String id) {
        return Optional.ofNullable(em.find(Project.class, id));
    }

    @Override
    public Optional<Project> defaultProject(String workspaceId) {
        return em.createQuery("SELECT p FROM Project p WHERE p.workspaceId = :w ORDER BY p.createdAt, p.id",
                        Project.class)
                .setParameter("w", workspaceId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<User> userByApiKeyHash(String apiKeyHash) {
        return em.createQuery("SELECT u FROM User u WHERE u.apiKeyHash = :h", User.class)
                .setParameter("h", apiKeyHash).getResultStream().findFirst();
    }

    @Override
    public Optional<Workspace> workspaceByOrgname(String orgname) {
        return em.createQuery("SELECT w FROM Workspace w WHERE w.orgname = :o", Workspace.class)
                .setParameter("o", orgname).getResultStream().findFirst();
    }

    @Override
    public Optional<User> userByUsername(String username) {
        return em.createQuery("SELECT u FROM User u WHERE u.username = :n", User.class)
                .setParameter("n", username).getResultStream().findFirst();
    }

    @Override
    public List<Workspace> workspacesOf(User user) {
        return em.createQuery("SELECT w FROM Membership m, Workspace w WHERE m.userId = :u AND w.id = m.workspaceId"
                + " ORDER BY m.createdAt, m.id", Workspace.class).setParameter("u", user.id()).getResultList();
    }

    @Override
    public long countUsers() {
        return em.createQuery("SELECT COUNT(u) FROM User u", Long.class).getSingleResult();
    }

    @Override
    public void add(Workspace workspace) {
        em.persist(workspace);
    }

    @Override
    public void add(Project project) {
        em.persist(project);
    }

    @Override
    public void add(User user) {
        em.persist(user);
    }

    @Override
    public Optional<User> user(String id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    @Override
    public Optional<User> owner(String workspaceId) {
        return em.createQuery("SELECT u FROM Membership m, User u WHERE m.workspaceId = :w AND m.role = :r"
                        + " AND u.id = m.userId ORDER BY m.createdAt, m.id", User.class)
                .setParameter("w", workspaceId).setParameter("r", Role.OWNER).setMaxResults(1)
                .getResultStream().findFirst();
    }
}
