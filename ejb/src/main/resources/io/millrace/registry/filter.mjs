// Millrace registry action: continues or ends the workflow on a condition.
const CONDITIONS = ["equals", "not_equals", "contains", "not_contains", "greater_than", "less_than",
  "exists", "not_exists", "is_true", "is_false"];

function holds(condition, value, other) {
  switch (condition) {
    case "equals": return JSON.stringify(value) === JSON.stringify(other) || String(value) === String(other);
    case "not_equals": return !holds("equals", value, other);
    case "contains":
      if (Array.isArray(value)) return value.some(v => holds("equals", v, other));
      return value !== undefined && value !== null && String(value).includes(String(other));
    case "not_contains": return !holds("contains", value, other);
    case "greater_than": return Number(value) > Number(other);
    case "less_than": return Number(value) < Number(other);
    case "exists": return value !== undefined && value !== null && value !== "";
    case "not_exists": return !holds("exists", value, other);
    case "is_true": return value === true || value === "true";
    case "is_false": return value === false || value === "false";
    default: throw new Error(`unknown condition ${condition}`);
  }
}

export default defineComponent({
  key: "filter",
  name: "Filter",
  description: "Continue the workflow only when a condition holds (or, with continueIf false, end it when the "
    + "condition holds). Ending uses $.flow.exit: the execution ends successfully after this step.",
  version: "0.1.0",
  type: "action",
  props: {
    value: {
      type: "any",
      label: "Value",
      description: "The value to test, e.g. {{steps.trigger.event.body.amount}}",
      optional: true,
    },
    condition: {
      type: "string",
      label: "Condition",
      options: CONDITIONS,
      default: "equals",
    },
    compareTo: {
      type: "any",
      label: "Compare To",
      description: "The second value (equals, not_equals, contains, not_contains, greater_than, less_than)",
      optional: true,
    },
    continueIf: {
      type: "boolean",
      label: "Continue If Met",
      description: "true: continue when the condition holds, end otherwise; false: end when it holds",
      optional: true,
      default: true,
    },
  },
  async run({ $ }) {
    const met = holds(this.condition, this.value, this.compareTo);
    const proceed = this.continueIf === false ? !met : met;
    if (!proceed) {
      return $.flow.exit(`The condition ${this.condition} was ${met ? "" : "not "}met`);
    }
    $.export("$summary", `The condition ${this.condition} was ${met ? "" : "not "}met; continuing`);
    return { met };
  },
});
