package io.millrace.domain.workflow;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the steps of two versions differ. Steps are matched by name. A step only in the new version is
 * {@code added}, only in the old one {@code removed}, unless the two are the same but for the name: then it was
 * {@code renamed}. A step in both whose type, language, code, props, component or packages differ is
 * {@code changed}, with a unified diff of its code (java-diff-utils) when the code differs. A step in both is
 * {@code moved} when it is not in the longest run of steps that kept their order (so inserting a step before
 * others moves none of them).
 */
public final class StepDiff {
    /** Lines of context around each change of a code diff. */
    static final int CONTEXT_LINES = 3;

    private StepDiff() {
    }

    static JsonObject between(List<StepSpec> from, List<StepSpec> to) {
        Map<String, Integer> oldAt = positions(from);
        Map<String, Integer> newAt = positions(to);
        List<Integer> removedAt = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            if (!newAt.containsKey(from.get(i).name())) {
                removedAt.add(i);
            }
        }
        JsonArrayBuilder added = Jsonp.createArrayBuilder();
        JsonArrayBuilder renamed = Jsonp.createArrayBuilder();
        JsonArrayBuilder changed = Jsonp.createArrayBuilder();
        List<String> common = new ArrayList<>();
        for (int j = 0; j < to.size(); j++) {
            StepSpec now = to.get(j);
            Integer i = oldAt.get(now.name());
            if (i != null) {
                common.add(now.name());
                JsonObject change = changed(from.get(i), now, i, j);
                if (change != null) {
                    changed.add(change);
                }
                continue;
            }
            Integer twin = twin(from, removedAt, now);
            if (twin != null) {
                removedAt.remove(twin);
                renamed.add(Jsonp.createObjectBuilder().add("from", from.get(twin).name()).add("to", now.name())
                        .add("from_position", twin).add("to_position", j));
            } else {
                added.add(Jsonp.createObjectBuilder().add("name", now.name()).add("position", j));
            }
        }
        JsonArrayBuilder removed = Jsonp.createArrayBuilder();
        removedAt.forEach(i -> removed.add(Jsonp.createObjectBuilder().add("name", from.get(i).name()).add("position", i)));
        return Jsonp.createObjectBuilder().add("added", added).add("removed", removed).add("renamed", renamed)
                .add("moved", moved(common, oldAt, newAt)).add("changed", changed).build();
    }

    /** Whether a steps diff holds any change. */
    static boolean changesAnything(JsonObject steps) {
        return steps.values().stream().anyMatch(v -> !v.asJsonArray().isEmpty());
    }

    /** A removed step that equals {@code step} in everything but its name, or null. */
    private static Integer twin(List<StepSpec> from, List<Integer> removedAt, StepSpec step) {
        for (Integer i : removedAt) {
            StepSpec old = from.get(i);
            if (StepChanges.same(new StepSpec(step.name(), old.type(), old.lang(), old.code(), old.props(),
                    old.packages(), old.component(), old.componentId()), step)) {
                return i;
            }
        }
        return null;
    }

    /** The steps in both versions that left the longest common subsequence of their order. */
    private static JsonArrayBuilder moved(List<String> commonInNewOrder, Map<String, Integer> oldAt,
                                         Map<String, Integer> newAt) {
        int n = commonInNewOrder.size();
        int[] oldPositions = commonInNewOrder.stream().mapToInt(oldAt::get).toArray();
        boolean[] kept = longestIncreasing(oldPositions);
        JsonArrayBuilder out = Jsonp.createArrayBuilder();
        for (int k = 0; k < n; k++) {
            if (!kept[k]) {
                String name = commonInNewOrder.get(k);
                out.add(Jsonp.createObjectBuilder().add("name", name).add("from_position", oldAt.get(name))
                        .add("to_position", newAt.get(name)));
            }
        }
        return out;
    }

    /** Marks one longest strictly increasing subsequence of {@code values} (O(n²); a workflow has at most 250 steps). */
    static boolean[] longestIncreasing(int[] values) {
        int n = values.length;
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int k = 0; k < n; k++) {
            length[k] = 1;
            previous[k] = -1;
            for (int m = 0; m < k; m++) {
                if (values[m] < values[k] && length[m] + 1 > length[k]) {
                    length[k] = length[m] + 1;
                    previous[k] = m;
                }
            }
            if (best < 0 || length[k] > length[best]) {
                best = k;
            }
        }
        boolean[] kept = new boolean[n];
        for (int k = best; k >= 0; k = previous[k]) {
            kept[k] = true;
        }
        return kept;
    }

    /** What changed in a step present in both versions, or null when nothing did. */
    private static JsonObject changed(StepSpec old, StepSpec now, int fromPosition, int toPosition) {
        Map<String, JsonValue[]> fields = new LinkedHashMap<>();
        field(fields, "type", text(old.type()), text(now.type()));
        field(fields, "lang", text(old.lang()), text(now.lang()));
        field(fields, "props", old.props(), now.props());
        field(fields, "component", text(old.component()), text(now.component()));
        field(fields, "component_id", text(old.componentId()), text(now.componentId()));
        field(fields, "packages", old.packages(), now.packages());
        boolean codeChanged = !Objects.equals(old.code(), now.code());
        if (fields.isEmpty() && !codeChanged) {
            return null;
        }
        JsonArrayBuilder names = Jsonp.createArrayBuilder();
        JsonObjectBuilder values = Jsonp.createObjectBuilder();
        fields.forEach((name, v) -> {
            names.add(name);
            values.add(name, Jsonp.createObjectBuilder().add("from", v[0]).add("to", v[1]));
        });
        if (codeChanged) {
            names.add("code");
        }
        return Jsonp.createObjectBuilder().add("name", now.name()).add("from_position", fromPosition)
                .add("to_position", toPosition).add("fields", names).add("values", values)
                .add("code_diff", codeChanged ? Jsonp.createValue(unifiedDiff(now.name(), old.code(), now.code()))
                        : JsonValue.NULL)
                .build();
    }

    /** A unified diff of a step's code, with {@value #CONTEXT_LINES} lines of context, lines joined with \n. */
    static String unifiedDiff(String stepName, String oldCode, String newCode) {
        List<String> a = lines(oldCode);
        List<String> b = lines(newCode);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/steps/" + stepName, "b/steps/" + stepName, a, patch,
                CONTEXT_LINES);
        return String.join("\n", diff) + "\n";
    }

    private static List<String> lines(String code) {
        return code == null || code.isEmpty() ? List.of() : List.of(code.split("\r?\n", -1));
    }

    private static void field(Map<String, JsonValue[]> fields, String name, JsonValue from, JsonValue to) {
        if (!Objects.equals(from, to)) {
            fields.put(name, new JsonValue[] {from, to});
        }
    }

    private static JsonValue text(String s) {
        return s == null ? JsonValue.NULL : Jsonp.createValue(s);
    }

    private static Map<String, Integer> positions(List<StepSpec> steps) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            at.put(steps.get(i).name(), i);
        }
        return at;
    }
}
