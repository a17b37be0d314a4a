package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Projects, their access and folders. */
public final class ProjectSchemas {
    private ProjectSchemas() {
    }

    @Schema(name = "Project", description = "A project of the workspace")
    public static class Project {
        @Schema(example = "proj_Qa8I1Zab")
        public String id;
        public String name;
        @Schema(nullable = true, description = "the creator's user id; null for projects from before projects had owners")
        public String owner;
        @Schema(enumeration = {"workspace", "restricted"},
                description = "workspace: every member sees it; restricted: its listed members, creator, admins and owner")
        public String access;
        public long created_at;
    }

    @Schema(name = "ProjectData")
    public static class ProjectData {
        public Project data;
    }

    @Schema(name = "ProjectList")
    public static class ProjectList {
        public List<Project> data;
    }

    @Schema(name = "ProjectName")
    public static class ProjectName {
        @Schema(required = true, maxLength = 100)
        public String name;
    }

    @Schema(name = "ProjectAccess", description = "Who sees the project: everyone in the workspace, or (restricted)"
            + " the listed members besides its creator, the workspace's admins and its owner")
    public static class ProjectAccess {
        @Schema(required = true)
        public boolean restricted;
        @Schema(description = "user ids of workspace members")
        public List<String> members;
    }

    @Schema(name = "ProjectAccessData")
    public static class ProjectAccessData {
        public ProjectAccess data;
    }

    @Schema(name = "Folder", description = "A folder inside a project")
    public static class Folder {
        @Schema(example = "fold_Qa8I1Zab")
        public String id;
        public String project_id;
        @Schema(nullable = true, description = "the folder it is in; null at the project's root")
        public String parent_id;
        public String name;
        public long created_at;
    }

    @Schema(name = "FolderData")
    public static class FolderData {
        public Folder data;
    }

    @Schema(name = "FolderList")
    public static class FolderList {
        public List<Folder> data;
    }

    @Schema(name = "NewFolder")
    public static class NewFolder {
        @Schema(required = true, maxLength = 100)
        public String name;
        @Schema(nullable = true)
        public String parent_id;
    }

    @Schema(name = "FolderChange")
    public static class FolderChange {
        @Schema(maxLength = 100)
        public String name;
        @Schema(nullable = true, description = "another folder of the project, or null for the root")
        public String parent_id;
    }
}
