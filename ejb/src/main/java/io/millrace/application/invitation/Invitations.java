package io.millrace.application.invitation;

import io.millrace.application.identity.ActingMember;
import io.millrace.application.identity.Passwords;
import io.millrace.application.identity.SignIn;
import io.millrace.application.identity.SignInPolicy;
import io.millrace.application.identity.SignedIn;
import io.millrace.application.notification.MailSender;
import io.millrace.domain.invitation.Invitation;
import io.millrace.domain.invitation.InvitationRepository;
import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.EmailDomains;
import io.millrace.domain.workspace.LoginPolicy;
import io.millrace.domain.workspace.MembershipRepository;
import io.millrace.domain.workspace.MembershipRules;
import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.SignInMethod;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.UserRequest;
import io.millrace.domain.workspace.UserRules;
import io.millrace.domain.workspace.Workspace;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.shared.BodyFields;
import io.millrace.shared.ConflictException;
import io.millrace.shared.ForbiddenException;
import io.millrace.shared.Ids;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Invitations to the caller's workspace (its admins and owner send, list and revoke them) and accepting
 * them. A token is 40 random base62 characters (about 238 bits), stored only as its SHA-256. An unknown,
 * revoked, expired or used token is always the same 404 ({@link #GONE}), so that tokens cannot be probed.
 */
@ApplicationScoped
public class Invitations {
    /** The answer for every token that cannot be used. */
    public static final String GONE = "invitation not found: it may have expired, been revoked or been used already";
    private static final String TOKEN_PREFIX = "mri_";
    private static final Set<String> EMAIL_FIELDS = Set.of("email", "role", "expires_in_seconds");
    private static final Set<String> LINK_FIELDS = Set.of("allowed_domains", "role", "expires_in_seconds");
    private static final Set<String> NEW_PERSON_FIELDS = Set.of("username", "password", "email");

    @Inject
    InvitationRepository invitations;
    @Inject
    InvitationWriter writer;
    @Inject
    InvitationSettings settings;
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    MembershipRepository memberships;
    @Inject
    MailSender mail;
    @Inject
    Passwords passwords;
    @Inject
    SignIn signIn;

    /**
     * {@code {"email", "role"?, "expires_in_seconds"?}}: stores an invitation and mails its link.
     *
     * @throws io.millrace.application.notification.MailException when the mail server refuses it (nothing is stored)
     */
    public InvitationView invite(ActingMember caller, JsonValue body) {
        MembershipRules.checkManages(caller.role());
        JsonObject o = BodyFields.body(body, EMAIL_FIELDS);
        String email = BodyFields.requiredText(o, "email", "email").trim();
        UserRules.checkEmail(email);
        Role role = role(o);
        long now = System.currentTimeMillis();
        String token = Ids.secret(TOKEN_PREFIX);
        Workspace workspace = workspace(caller);
        Invitation invitation = Invitation.forEmail(Ids.random("inv_"), workspace.id(), email, role,
                ApiKeys.hash(token), caller.user().id(), now, now + expiresIn(o) * 1000);
        String link = settings.link(token);
        writer.add(invitation, () -> mail.send(InvitationMail.of(email, workspace, caller.user().username(),
                role.json(), link, invitation.expiresAt())));
        return new InvitationView(invitation, workspace, null, null);
    }

    /** {@code {"allowed_domains": [...], "role"?, "expires_in_seconds"?}}: a reusable link, shown only here. */
    public InvitationView createLink(ActingMember caller, JsonValue body) {
        MembershipRules.checkManages(caller.role());
        JsonObject o = BodyFields.body(body, LINK_FIELDS);
        List<String> domains = EmailDomains.check(strings(BodyFields.array(o, "allowed_domains"), "allowed_domains"),
                "allowed_domains");
        if (domains.isEmpty()) {
            throw new InvalidInputException("allowed_domains", "allowed_domains must name at least one domain");
        }
        Role role = role(o);
        long now = System.currentTimeMillis();
        String token = Ids.secret(TOKEN_PREFIX);
        Workspace workspace = workspace(caller);
        Invitation link = Invitation.link(Ids.random("invl_"), workspace.id(), domains, role, ApiKeys.hash(token),
                caller.user().id(), now, now + expiresIn(o) * 1000);
        writer.add(link, () -> { });
        return new InvitationView(link, workspace, token, settings.link(token));
    }

    /** The workspace's pending invitations or invite links (not expired), newest first, without tokens. */
    public List<InvitationView> pending(ActingMember caller, Invitation.Kind kind) {
        MembershipRules.checkManages(caller.role());
        Workspace workspace = workspace(caller);
        return invitations.pendingOf(workspace.id(), kind, System.currentTimeMillis()).stream()
                .map(i -> new InvitationView(i, workspace, null, null)).toList();
    }

    /** Revokes an invitation or invite link of the caller's workspace; any other id is 404. */
    public void revoke(ActingMember caller, String id, Invitation.Kind kind) {
        MembershipRules.checkManages(caller.role());
        String what = kind == Invitation.Kind.EMAIL ? "invitation " : "invite link ";
        Invitation found = id == null || id.length() > 32 ? null : invitations.invitation(id)
                .filter(i -> i.workspaceId().equals(caller.user().workspaceId()) && i.kind() == kind).orElse(null);
        if (found == null || !writer.revoke(found)) {
            throw new NotFoundException(what + Quoted.value(id) + " not found");
        }
    }

    /** What a usable token invites to; {@link #GONE} (404) otherwise. */
    public InvitationView lookup(String token) {
        Invitation i = usable(token);
        return new InvitationView(i, workspaces.workspace(i.workspaceId()).orElseThrow(() -> new NotFoundException(GONE)),
                null, null);
    }

    /**
     * A signed-in user accepts: an email invitation needs the user's email to be the invited address, an
     * invite link an address of an allowed domain.
     */
    public InvitationView accept(String token, User person) {
        Invitation i = usable(token);
        if (i.kind() == Invitation.Kind.EMAIL && (person.email() == null || !person.email().equalsIgnoreCase(i.email()))) {
            throw new ForbiddenException("this invitation was sent to another email address: sign in as the invited"
                    + " person (your email address, set with PUT /v1/users/me, must be the invited one)");
        }
        if (i.kind() == Invitation.Kind.LINK && !i.allowsDomainOf(person.email())) {
            throw new ForbiddenException(domainRefusal(i));
        }
        if (memberships.membership(i.workspaceId(), person.id()).isPresent()) {
            throw new ConflictException("you are a member of this workspace already");
        }
        writer.accept(i, person);
        return lookupAfterUse(i);
    }

    /**
     * A new person accepts with {@code {"username", "password", "email"}} ({@code email} is required for an
     * invite link; for an email invitation it is the invited address): a local account is made, joins the
     * workspace, and a browser session is opened.
     */
    public Accepted acceptAsNewPerson(String token, JsonValue body, String address, String userAgent) {
        Invitation i = usable(token);
        JsonObject o = BodyFields.body(body, NEW_PERSON_FIELDS);
        String username = BodyFields.requiredText(o, "username", "username");
        UserRules.checkUsername(username);
        String password = BodyFields.requiredText(o, "password", "password");
        String email = BodyFields.text(o, "email");
        if (i.kind() == Invitation.Kind.EMAIL) {
            if (email != null && !email.trim().equalsIgnoreCase(i.email())) {
                throw new ForbiddenException("this invitation was sent to another email address");
            }
            email = i.email();
        } else {
            if (email == null) {
                throw new InvalidInputException("email", "email is required: your address at one of "
                        + String.join(", ", i.allowedDomains()));
            }
            email = email.trim();
            UserRules.checkEmail(email);
            if (!i.allowsDomainOf(email)) {
                throw new ForbiddenException(domainRefusal(i));
            }
        }
        if (workspaces.userByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "a user named " + Quoted.of(username) + " already exists");
        }
        Workspace workspace = workspaces.workspace(i.workspaceId()).orElseThrow(() -> new NotFoundException(GONE));
        if (!LoginPolicy.allows(workspace, i.role(), email, SignInMethod.PASSWORD)) {
            throw SignInPolicy.refusal(workspace, SignInMethod.PASSWORD);
        }
        String hash = passwords.hashForNewUser(password, username, email);
        User user;
        try {
            user = writer.acceptAsNewUser(i, new UserRequest(username, email, i.workspaceId(), i.role(), false), hash);
        } catch (RuntimeException e) {
            if (workspaces.userByUsername(username).isPresent()) { // lost a race for the name
                throw new InvalidInputException("username", "a user named " + Quoted.of(username) + " already exists");
            }
            throw e;
        }
        SignedIn session = signIn.open(user, address, userAgent, "invitation");
        return new Accepted(new InvitationView(i, workspace, null, null), session);
    }

    /** A new person's acceptance: what it joined and its new browser session. */
    public record Accepted(InvitationView invitation, SignedIn session) {
    }

    private InvitationView lookupAfterUse(Invitation i) {
        return new InvitationView(i, workspaces.workspace(i.workspaceId()).orElseThrow(), null, null);
    }

    private Invitation usable(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
            throw new NotFoundException(GONE);
        }
        return invitations.byTokenHash(ApiKeys.hash(token)).filter(i -> !i.expired(System.currentTimeMillis()))
                .orElseThrow(() -> new NotFoundException(GONE));
    }

    private Workspace workspace(ActingMember caller) {
        return workspaces.workspace(caller.user().workspaceId())
                .orElseThrow(() -> new NotFoundException("workspace not found"));
    }

    private static String domainRefusal(Invitation i) {
        return "this invite link is for email addresses at " + String.join(", ", i.allowedDomains());
    }

    private static Role role(JsonObject o) {
        String text = BodyFields.text(o, "role");
        if (text == null) {
            return Role.MEMBER;
        }
        return Role.parse(text).filter(r -> r != Role.OWNER).orElseThrow(() -> new InvalidInputException("role",
                "role must be admin or member, not " + Quoted.of(text)));
    }

    /** {@code expires_in_seconds}: 1 up to {@code MILLRACE_INVITATION_DAYS}, default the latter. */
    private long expiresIn(JsonObject o) {
        JsonValue v = o.get("expires_in_seconds");
        long max = settings.maxSeconds();
        if (v == null || v == JsonValue.NULL) {
            return max;
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral() || n.bigIntegerValue().signum() <= 0
                || n.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            throw new InvalidInputException("expires_in_seconds", "expires_in_seconds must be a whole number from 1 to "
                    + max);
        }
        return n.longValue();
    }

    private static List<String> strings(JsonArray array, String field) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString s)) {
                throw new InvalidInputException(field + "[" + i + "]", field + " must hold strings");
            }
            out.add(s.getString());
        }
        return out;
    }
}
