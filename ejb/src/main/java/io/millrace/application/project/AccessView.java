package io.millrace.application.project;

import java.util.List;

/** Who may see a project: everyone in the workspace, or (restricted) the listed members. */
public record AccessView(boolean restricted, List<String> members) {
}
