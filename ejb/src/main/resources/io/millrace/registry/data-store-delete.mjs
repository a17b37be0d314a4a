// Millrace registry action: deletes a key of a data store.
export default defineComponent({
  key: "data-store-delete",
  name: "Delete Record",
  description: "Delete a key of a data store; the step returns whether the key existed.",
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
    const deleted = await this.dataStore.delete(this.key);
    $.export("$summary", deleted ? `Deleted the key ${this.key}` : `No key ${this.key} to delete`);
    return { deleted: deleted === true };
  },
});
