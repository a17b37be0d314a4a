// Millrace registry action: pauses the workflow, then continues with the next step.
const FACTORS = { milliseconds: 1, seconds: 1000, minutes: 60000, hours: 3600000, days: 86400000 };

export default defineComponent({
  key: "delay",
  name: "Delay",
  description: "Pause the workflow for a duration, then continue with the next step ($.flow.delay). The "
    + "step exports resume_url and cancel_url.",
  version: "0.1.0",
  type: "action",
  props: {
    duration: {
      type: "integer",
      label: "Duration",
      min: 0,
    },
    unit: {
      type: "string",
      label: "Unit",
      options: Object.keys(FACTORS),
      optional: true,
      default: "seconds",
    },
  },
  async run({ $ }) {
    const ms = this.duration * FACTORS[this.unit || "seconds"];
    const { resume_url, cancel_url } = await $.flow.delay(ms);
    $.export("resume_url", resume_url);
    $.export("cancel_url", cancel_url);
    $.export("$summary", `Delayed for ${this.duration} ${this.unit || "seconds"}`);
    return { delay_ms: ms };
  },
});
