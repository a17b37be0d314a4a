// Millrace registry action: sends an HTTP request configured in its http_request prop.
export default defineComponent({
  key: "http-request",
  name: "HTTP Request",
  description: "Send an HTTP request (any method, url, headers, query params, body, basic or bearer auth) and "
    + "return the response data; the status and headers are exported. A status outside 2xx fails the step.",
  version: "0.1.0",
  type: "action",
  props: {
    httpRequest: {
      type: "http_request",
      label: "HTTP Request",
      description: "{ method, url, headers, params, body, auth }",
      default: { method: "GET", url: "" },
    },
  },
  async run({ $ }) {
    const response = await this.httpRequest.execute();
    $.export("status", response.status);
    $.export("headers", response.headers);
    $.export("$summary", `${String(this.httpRequest.method || "GET").toUpperCase()} ${this.httpRequest.url}: ${response.status}`);
    return response.data;
  },
});
