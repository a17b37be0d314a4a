package io.millrace.infrastructure.persistence;

import io.millrace.domain.filestore.FileChunk;
import io.millrace.domain.filestore.FileStoreRepository;
import io.millrace.domain.filestore.StoredFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Files of project file stores with JPA. A chunk is flushed and let go as soon as it is written or read, so
 * a transaction that writes a large file never holds it whole in memory.
 */
@ApplicationScoped
public class JpaFileStoreRepository implements FileStoreRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public Optional<StoredFile> file(String id) {
        return Optional.ofNullable(em.find(StoredFile.class, id));
    }

    @Override
    public Optional<StoredFile> byPath(String projectId, String path) {
        return em.createQuery("SELECT f FROM StoredFile f WHERE f.projectId = :p AND f.path = :path", StoredFile.class)
                .setParameter("p", projectId).setParameter("path", path).getResultStream().findFirst();
    }

    @Override
    public List<StoredFile> underPrefix(String projectId, String prefix, int limit) {
        String where = prefix.isEmpty() ? "" : " AND f.path LIKE :prefix ESCAPE '\\'";
        var q = em.createQuery("SELECT f FROM StoredFile f WHERE f.projectId = :p" + where + " ORDER BY f.path",
                StoredFile.class).setParameter("p", projectId).setMaxResults(limit);
        if (!prefix.isEmpty()) {
            q.setParameter("prefix", prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return q.getResultList();
    }

    @Override
    public long totalSize(String projectId) {
        Long sum = em.createQuery("SELECT SUM(f.size) FROM StoredFile f WHERE f.projectId = :p", Long.class)
                .setParameter("p", projectId).getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public void add(StoredFile file) {
        em.persist(file);
    }

    @Override
    public void remove(StoredFile file) {
        removeChunks(file.id(), 0);
        StoredFile managed = em.find(StoredFile.class, file.id());
        if (managed != null) {
            em.remove(managed);
        }
    }

    @Override
    public void addChunk(FileChunk chunk) {
        em.persist(chunk);
        em.flush();
        em.detach(chunk);
    }

    @Override
    public void removeChunks(String fileId, int fromPosition) {
        em.createQuery("DELETE FROM FileChunk c WHERE c.fileId = :f AND c.position >= :from")
                .setParameter("f", fileId).setParameter("from", fromPosition).executeUpdate();
    }

    @Override
    public Optional<FileChunk> chunk(String fileId, int position) {
        FileChunk chunk = em.find(FileChunk.class, FileChunk.idOf(fileId, position));
        if (chunk != null && em.contains(chunk)) {
            em.detach(chunk);
        }
        return Optional.ofNullable(chunk);
    }

    @Override
    public List<StoredFile> expired(long now, int limit) {
        return em.createQuery("SELECT f FROM StoredFile f WHERE f.expiresAt IS NOT NULL AND f.expiresAt < :now",
                StoredFile.class).setParameter("now", now).setMaxResults(limit).getResultList();
    }
}
