package io.millrace.application.identity;

import io.millrace.shared.BodyFields;
import io.millrace.shared.Ids;
import io.millrace.shared.InvalidInputException;
import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.Project;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.Workspace;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Creating a workspace with its {@code default} project and one (non-admin) user with a new API key,
 * for administrators. Body: {@code name} (required), {@code orgname} (default: made from the name),
 * {@code email}, {@code username} (required), {@code user_email}.
 */
@ApplicationScoped
public class WorkspaceProvisioning {
    private static final Set<String> FIELDS = Set.of("name", "orgname", "email", "username", "user_email");
    private static final Pattern ORGNAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    @Inject
    WorkspaceRepository workspaces;
    @Inject
    WorkspaceWriter writer;

    public ProvisionedWorkspace create(JsonValue body) {
        JsonObject o = BodyFields.bodyOrEmpty(body, FIELDS);
        String name = BodyFields.string(o, "name", true, 255);
        String orgname = BodyFields.string(o, "orgname", false, 63);
        orgname = orgname == null ? slug(name) : orgname;
        if (!ORGNAME.matcher(orgname).matches()) {
            throw new InvalidInputException("orgname",
                    "orgname must be lower-case letters, digits and '-', starting with a letter or digit");
        }
        String username = BodyFields.string(o, "username", true, 63);
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "username must be letters, digits, '.', '_' and '-'");
        }
        String email = BodyFields.string(o, "email", false, 255);
        String userEmail = BodyFields.string(o, "user_email", false, 255);
        if (workspaces.workspaceByOrgname(orgname).isPresent()) {
            throw new InvalidInputException("orgname", "a workspace with orgname " + Quoted.of(orgname) + " already exists");
        }
        if (workspaces.userByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "a user named " + Quoted.of(username) + " already exists");
        }
        long now = System.currentTimeMillis();
        Workspace workspace = new Workspace(Ids.random("o_"), name, orgname, email, now);
        Project project = new Project(Ids.random("proj_"), workspace.id(), "default", now);
        String key = Ids.secret("mr_");
        User user = new User(Ids.random("u_"), username, userEmail, ApiKeys.hash(key), workspace.id(), false, now);
        writer.create(workspace, project, user);
        return new ProvisionedWorkspace(workspace, project, user, key);
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > 63 ? s.substring(0, 63).replaceAll("-+$", "") : s;
    }
}
