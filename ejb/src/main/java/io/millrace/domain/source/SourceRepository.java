package io.millrace.domain.source;

import io.millrace.domain.workspace.HiddenProjects;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Sources and their run records. */
public interface SourceRepository {
    /** A source of the workspace; with a null workspaceId, of any workspace. */
    Optional<Source> find(String workspaceId, String id);

    /** The source, locked for update until the transaction ends. */
    Optional<Source> lock(String id);

    Optional<Source> byHttpKey(String key);

    /** The workspace's sources, newest first. */
    /** The sources of a project, oldest first. */
    List<Source> inProject(String projectId);

    Page<Source> ofWorkspace(String workspaceId, HiddenProjects hidden, PageRequest page);

    /** The sources a user created, newest first. */
    Page<Source> ofUser(String userId, HiddenProjects hidden, PageRequest page);

    /** The name slugs of the workspace equal to {@code base} or starting with {@code base-}. */
    Set<String> slugsLike(String workspaceId, String base);

    void add(Source source);

    void remove(Source source);

    void add(SourceRun run);

    Optional<SourceRun> run(String id);

    /** The ids of the runs of every source that no worker has started yet. */
    List<String> queuedRunIds();

    /** The source's runs, newest first. */
    Page<SourceRun> runs(String sourceId, PageRequest page);

    /** Deletes the finished runs of the source numbered below {@code seq}; returns how many. */
    int pruneRuns(String sourceId, long belowSeq);

    /** Deletes every run of the source; returns how many. */
    int deleteRuns(String sourceId);
}
