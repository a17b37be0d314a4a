// Millrace registry source: an event on a schedule, every N seconds or on a UNIX cron expression (UTC).
export default {
  key: "schedule",
  name: "Schedule",
  description: "Emit an event on a schedule: every intervalSeconds, or at the times of a UNIX cron expression "
    + "(minute hour day-of-month month day-of-week, in UTC). The event is the timer's: timestamp and "
    + "interval_seconds or cron.",
  version: "0.1.0",
  type: "source",
  props: {
    timer: {
      type: "$.interface.timer",
      label: "Schedule",
      description: "{ intervalSeconds: n } or { cron: \"0 9 * * 1-5\" }",
      default: { intervalSeconds: 3600 },
    },
  },
  async run(event) {
    const at = new Date(event.timestamp * 1000).toISOString();
    this.$emit(event, { id: String(event.timestamp), summary: `Scheduled run at ${at}`, ts: event.timestamp * 1000 });
  },
};
