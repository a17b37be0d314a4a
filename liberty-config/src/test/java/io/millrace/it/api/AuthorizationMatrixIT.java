package io.millrace.it.api;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.millrace.it.support.Api;
import io.millrace.it.support.ItSmtp;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The authorization matrix (issue 11), generated from /openapi: every operation of the document × every
 * {@link AuthzCaller} (anonymous, a bad key, W2's owner, a server administrator who is not a member of W,
 * a member without project access, a member, an admin and the owner of W, an OAuth token of W), one
 * well-formed request per cell addressed at W's objects ({@link AuthzRequests}), compared by answer class
 * (2xx, 401, 403, 404; never 5xx) with what {@link AuthzRules} computes. An operation without a rule fails
 * the test. Every unexpected cell is reported in one message, grouped by rule; the whole matrix is written
 * to {@code target/authorization/matrix.tsv}.
 */
class AuthorizationMatrixIT {
    private static final Path REPORT = Path.of("target", "authorization");
    /** The path of the projects' access control: once it is in the document, W gets a restricted project. */
    static final String PROJECT_ACCESS = "/v1/projects/{project_id}/access";

    /** A real SMTP server where the IT server sends mail, so that invitations can be made and revoked. */
    @RegisterExtension
    static final ItSmtp smtp = new ItSmtp();
    private final Api admin = Api.server();

    @Test
    void everyOperationAnswersEveryKindOfCallerAsTheRulesSay() throws IOException {
        OpenAPI doc = ApiDocument.read(admin);
        BadInputFixtures fx = new BadInputFixtures(admin, false);
        BadInputProbes gen = new BadInputProbes(doc, fx);
        AuthzCallers callers = new AuthzCallers(admin, fx);
        AuthzRequests requests = new AuthzRequests(gen, fx, callers, admin);
        boolean projects = doc.getPaths().containsKey(PROJECT_ACCESS); // else the RESTRICTED column is a plain member
        List<BadInputProbes.Op> ops = ordered(gen.operations());
        assertTrue(ops.size() > 50, "the document lists the operations: " + ops.size());

        AuthzReport report = new AuthzReport(projects);
        try (AuthzSender sender = new AuthzSender(admin.base())) {
            for (BadInputProbes.Op op : ops) {
                AuthzRules.Rule rule = AuthzRules.ruleOf(op.key());
                if (rule == null) {
                    report.noRule(op.key());
                    continue;
                }
                for (AuthzCaller who : AuthzCaller.values()) {
                    AuthzRequests.Request r = requests.build(op, rule, who);
                    AuthzSender.Answer a = sender.send(r.method(), r.target(), callers.bearer(who), r.contentType(),
                            r.body(), who == AuthzCaller.BAD_KEY);
                    AuthzOutcome actual = AuthzOutcome.of(a.status());
                    if (actual == AuthzOutcome.ALLOWED) {
                        requests.consumed(op);
                    }
                    report.cell(op, rule, who, AuthzRules.expected(rule, r.ownersObject(), who), a, r.target(), "");
                }
            }
            if (projects) {
                restrictedPass(ops, requests, sender, callers, AuthzRestricted.make(fx, callers), report);
            }
        }
        Files.createDirectories(REPORT);
        Files.writeString(REPORT.resolve("matrix.tsv"), report.tsv());
        System.out.println(report.summary());
        if (report.failed()) {
            fail(report.failures() + "\n(the whole matrix: " + REPORT.resolve("matrix.tsv") + ")");
        }
    }

    /**
     * Every read-only operation that addresses a project or a workflow by its path, sent again at W's
     * restricted project and its workflow by the members of W and the OAuth token: 404 for the member
     * without access and the token, allowed for the others ({@link AuthzRules#expectedInRestricted}).
     */
    private static void restrictedPass(List<BadInputProbes.Op> ops, AuthzRequests requests, AuthzSender sender,
                                       AuthzCallers callers, AuthzRestricted restricted, AuthzReport report) {
        for (BadInputProbes.Op op : ops) {
            AuthzRules.Rule rule = AuthzRules.ruleOf(op.key());
            if (rule == null || !AuthzRequests.addressesProjectOrWorkflow(op)) {
                continue;
            }
            for (AuthzCaller who : AuthzCaller.values()) {
                if (!who.memberOfW()) {
                    report.skip(op, rule, who, "in the restricted project");
                    continue;
                }
                AuthzRequests.Request r = requests.buildInRestricted(op, rule, who, restricted);
                AuthzSender.Answer a = sender.send(r.method(), r.target(), callers.bearer(who), r.contentType(),
                        r.body(), false);
                report.cell(op, rule, who, AuthzRules.expectedInRestricted(rule, who), a, r.target(), "in the restricted project");
            }
        }
    }

    /**
     * The document's operations in its order, except those that change the callers themselves, last:
     * confirming 2FA, then turning it off, then changing the password (which ends the caller's sessions).
     */
    private static List<BadInputProbes.Op> ordered(List<BadInputProbes.Op> ops) {
        Map<String, Integer> late = Map.of("confirmTwoFactor", 1, "disableTwoFactor", 2, "changePassword", 3);
        List<BadInputProbes.Op> out = new ArrayList<>(ops);
        out.sort(Comparator.comparingInt(o -> late.getOrDefault(String.valueOf(o.operation().getOperationId()), 0)));
        return out;
    }
}
