// A schedule trigger on the builder: its schedule, its next fire times in its time zone, and Run Now.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../lib/api.js';
import { Link } from '../lib/router.js';
import { Button, ErrorNote } from '../lib/ui.js';

function inZone(iso, zone) {
  return new Intl.DateTimeFormat(undefined, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

function describe(trigger) {
  if (trigger.cron) return h('span', null, 'Cron ', h('code', null, trigger.cron), ` in ${trigger.timezone || 'UTC'}`);
  return `Every ${trigger.interval_seconds} seconds`;
}

export function ScheduleTrigger({ workflowId, trigger }) {
  const [busy, setBusy] = useState(false);
  const [started, setStarted] = useState(null);
  const [error, setError] = useState(null);
  const zone = trigger.timezone || 'UTC';
  const runNow = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await api(`/v1/workflows/${workflowId}/triggers/${trigger.id}/run`, { method: 'POST' });
      setStarted(r.data.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const titleId = `schedule-${trigger.id}`;
  return h('div', { class: 'schedule', role: 'group', 'aria-labelledby': titleId },
    h('p', { id: titleId }, 'Schedule: ', describe(trigger)),
    h('p', { class: 'muted' }, `Next fire times (${zone}):`),
    h('ol', { class: 'next-fires', 'aria-label': `Next fire times of ${trigger.id}` },
      (trigger.next_fire_times ?? []).map((t) => h('li', { key: t },
        h('time', { datetime: t, title: t }, inZone(t, zone))))),
    h('div', { class: 'actions' }, h(Button, { busy, onClick: runNow }, 'Run now')),
    started ? h('p', { class: 'notice', role: 'status' }, 'Started execution ',
      h(Link, { href: `/workflows/${workflowId}/executions/${started}` }, started), '.') : null,
    h(ErrorNote, { error }));
}
