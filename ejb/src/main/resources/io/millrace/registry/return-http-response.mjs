// Millrace registry action: answers the HTTP request that triggered the workflow.
export default defineComponent({
  key: "return-http-response",
  name: "Return HTTP Response",
  description: "Answer the HTTP request that triggered the workflow with a status code, headers and body, at "
    + "once (immediate): the steps after it keep running.",
  version: "0.1.0",
  type: "action",
  props: {
    status: {
      type: "integer",
      label: "Status Code",
      optional: true,
      default: 200,
      min: 100,
      max: 599,
    },
    headers: {
      type: "object",
      label: "Headers",
      optional: true,
    },
    body: {
      type: "any",
      label: "Body",
      description: "A string, or an object or array (sent as JSON)",
      optional: true,
    },
  },
  async run({ $ }) {
    const status = this.status ?? 200;
    await $.respond({ immediate: true, status, headers: this.headers || {}, body: this.body ?? "" });
    $.export("$summary", `Responded with status ${status}`);
    return { status };
  },
});
