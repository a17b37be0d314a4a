// Millrace registry action: reads a key of a data store.
export default defineComponent({
  key: "data-store-get",
  name: "Get Record",
  description: "Get the value of a key in a data store; the step returns the value (null when the key is "
    + "missing or expired) and exports found.",
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
  },
  async run({ $ }) {
    const value = await this.dataStore.get(this.key);
    const found = value !== undefined;
    $.export("found", found);
    $.export("$summary", found ? `Found the key ${this.key}` : `No key ${this.key}`);
    return found ? value : null;
  },
});
