// Millrace registry source: every HTTP request to the source's endpoint becomes an event.
const DEFAULT_BODY = "<p><b>Success!</b></p>\n"
  + "<p>To customize this response, configure the source's resStatusCode, resContentType and resBody props.</p>\n";

export default {
  key: "http-new-requests",
  name: "New Requests",
  description: "Emit new event on each HTTP request to the source's endpoint URL (any method, any path below it). "
    + "Optionally answer the caller with a custom status code, content type and body.",
  version: "0.1.0",
  type: "source",
  props: {
    http: {
      type: "$.interface.http",
      customResponse: true,
    },
    emitBodyOnly: {
      type: "boolean",
      label: "Body Only",
      description: "Emit only the request body instead of the whole request (method, path, query, headers, body)",
      optional: true,
      default: false,
    },
    resStatusCode: {
      type: "integer",
      label: "Response Status Code",
      description: "The status code of the answer to each request",
      optional: true,
      default: 200,
      min: 100,
      max: 599,
    },
    resContentType: {
      type: "string",
      label: "Response Content-Type",
      description: "The content type of the answer (default: text/html for the default body, text/plain for a custom one)",
      optional: true,
    },
    resBody: {
      type: "string",
      label: "Response Body",
      description: "The body of the answer (default: a short success page)",
      optional: true,
    },
  },
  async run(event) {
    const custom = typeof this.resBody === "string" && this.resBody !== "";
    const contentType = this.resContentType || (custom ? "text/plain; charset=utf-8" : "text/html; charset=utf-8");
    this.http.respond({
      status: this.resStatusCode ?? 200,
      headers: { "content-type": contentType },
      body: custom ? this.resBody : DEFAULT_BODY,
    });
    const emitted = this.emitBodyOnly ? (event.body === undefined ? null : event.body) : event;
    this.$emit(emitted, { summary: `${event.method} ${event.path}` });
  },
};
