// Millrace registry action: emails the workspace's own address.
export default defineComponent({
  key: "send-email",
  name: "Send Yourself an Email",
  description: "Send an email to the workspace's own address ($.send.email) after the step succeeds: a subject "
    + "and a text and/or HTML body.",
  version: "0.1.0",
  type: "action",
  props: {
    subject: {
      type: "string",
      label: "Subject",
    },
    text: {
      type: "string",
      label: "Text",
      optional: true,
    },
    html: {
      type: "string",
      label: "HTML",
      optional: true,
    },
  },
  async run({ $ }) {
    $.send.email({ subject: this.subject, text: this.text, html: this.html });
    $.export("$summary", `Email "${this.subject}" queued`);
  },
});
