// Millrace registry action: sets a key of a data store, optionally with a time to live.
export default defineComponent({
  key: "data-store-set",
  name: "Add or Update Record",
  description: "Set a key of a data store to a value (any JSON); with ttl (seconds) the key expires.",
  version: "0.1.0",
  type: "action",
  props: {
    dataStore: {
      type: "data_store",
      label: "Data Store",
    },
    key: {
      type: "string",
      label: "Key",
    },
    value: {
      type: "any",
      label: "Value",
    },
    ttl: {
      type: "integer",
      label: "Time to live (seconds)",
      optional: true,
      min: 1,
    },
  },
  async run({ $ }) {
    await this.dataStore.set(this.key, this.value, this.ttl ? { ttl: this.ttl } : undefined);
    $.export("$summary", `Set the key ${this.key}`);
    return { key: this.key, value: this.value };
  },
});
