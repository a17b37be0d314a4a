// Millrace registry source: polls an RSS or Atom feed and emits each item not seen before.
import axios from "axios";
import { parseFeed } from "@millrace/feed";

export default {
  key: "rss-new-item-in-feed",
  name: "New Item in Feed",
  description: "Emit new items from an RSS (0.9x, 1.0, 2.0) or Atom feed. The feed is read when the source is "
    + "created (its current items are emitted) and then on every tick of the timer; items are deduped by "
    + "their guid (the last 100 are remembered).",
  version: "0.1.0",
  type: "source",
  dedupe: "unique",
  props: {
    url: {
      type: "string",
      label: "Feed URL",
      description: "Enter the URL for any public RSS feed.",
    },
    timer: {
      type: "$.interface.timer",
      default: {
        intervalSeconds: 900,
      },
    },
  },
  methods: {
    async items() {
      const response = await axios.get(this.url, {
        responseType: "text",
        headers: { accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5" },
      });
      return parseFeed(response.data).items;
    },
    emitAll(items) {
      for (const item of items) {
        const ts = item.pubdate ? Date.parse(item.pubdate) : NaN;
        this.$emit(item, {
          id: item.guid,
          summary: item.title || item.link || item.guid,
          ts: Number.isNaN(ts) ? undefined : ts,
        });
      }
    },
  },
  hooks: {
    async deploy() {
      this.emitAll(await this.items());
    },
  },
  async run() {
    this.emitAll(await this.items());
  },
};
