package io.millrace.it.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The matrix's results: one TSV row per operation (each caller's cell: expected/actual class and status),
 * and the unexpected cells grouped by rule (a 5xx and an operation without a rule are groups of their own).
 */
final class AuthzReport {
    private static final int EXCERPT = 160;

    private final StringBuilder tsv = new StringBuilder();
    private final Map<String, List<String>> failures = new LinkedHashMap<>();
    private final List<String> noRule = new ArrayList<>();
    private String rowOp;
    private int cells;

    AuthzReport(boolean projects) {
        tsv.append("operation\toperationId\trule");
        for (AuthzCaller who : AuthzCaller.values()) {
            tsv.append('\t').append(who == AuthzCaller.RESTRICTED && !projects
                    ? "RESTRICTED (= MEMBER: no restricted project yet)" : who.name());
        }
        tsv.append('\n');
    }

    void noRule(String op) {
        noRule.add(op);
    }

    /** A caller not sent in this row (the restricted project's rows have W's members only). */
    void skip(BadInputProbes.Op op, AuthzRules.Rule rule, AuthzCaller who, String where) {
        row(op, rule, who, where);
        tsv.append("\t-");
    }

    private String row(BadInputProbes.Op op, AuthzRules.Rule rule, AuthzCaller who, String where) {
        String name = where.isEmpty() ? rule.name() : rule.name() + ", " + where;
        if (who == AuthzCaller.values()[0] || !(op.key() + where).equals(rowOp)) {
            rowOp = op.key() + where;
            tsv.append(op.key()).append(where.isEmpty() ? "" : " [" + where + "]").append('\t')
                    .append(op.operation().getOperationId()).append('\t').append(name);
        }
        return name;
    }

    void cell(BadInputProbes.Op op, AuthzRules.Rule rule, AuthzCaller who, AuthzOutcome expected, AuthzSender.Answer a,
              String target, String where) {
        cells++;
        String name = row(op, rule, who, where);
        AuthzOutcome actual = AuthzOutcome.of(a.status());
        boolean ok = AuthzRules.matches(expected, a.status(), op.operation());
        tsv.append('\t').append(expected.label).append(ok ? " = " : " ≠ ").append(a.status());
        if (who == AuthzCaller.values()[AuthzCaller.values().length - 1]) {
            tsv.append('\n');
        }
        if (actual == AuthzOutcome.SERVER_ERROR && !ok) {
            failures.computeIfAbsent("never 5xx", k -> new ArrayList<>()).add(line(op, who, expected, a, target));
        } else if (!ok) {
            failures.computeIfAbsent(name, k -> new ArrayList<>()).add(line(op, who, expected, a, target));
        }
    }

    private static String line(BadInputProbes.Op op, AuthzCaller who, AuthzOutcome expected, AuthzSender.Answer a,
                               String target) {
        String body = a.body().replaceAll("\\s+", " ");
        return "  " + op.key() + " as " + who + ": expected " + expected.label + ", got " + a.status() + " ("
                + target + ": " + (body.length() > EXCERPT ? body.substring(0, EXCERPT) + "…" : body) + ")";
    }

    boolean failed() {
        return !failures.isEmpty() || !noRule.isEmpty();
    }

    String summary() {
        int unexpected = failures.values().stream().mapToInt(List::size).sum();
        return "authorization matrix: " + cells + " cells, " + unexpected + " unexpected, " + noRule.size()
                + " operations without a rule";
    }

    String failures() {
        StringBuilder out = new StringBuilder(summary()).append('\n');
        if (!noRule.isEmpty()) {
            out.append("operations without a rule: add a rule for each to AuthzRules.RULES (see docs/api.md, OpenAPI):\n");
            noRule.forEach(op -> out.append("  ").append(op).append('\n'));
        }
        failures.forEach((rule, lines) -> {
            out.append("rule \"").append(rule).append("\": ").append(lines.size()).append(" unexpected\n");
            lines.forEach(l -> out.append(l).append('\n'));
        });
        return out.toString();
    }

    String tsv() {
        return tsv.toString();
    }
}
