// A bulk replay job's progress, live from GET /v1/replays/{id}/sse (the stream ends when the job has settled).
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { subscribe } from '../lib/sse.js';
import { Time } from '../lib/ui.js';

const SETTLED = new Set(['completed', 'failed', 'stopped', 'abandoned']);

export function ReplayProgress({ job: first }) {
  const [job, setJob] = useState(first);
  useEffect(() => {
    let close = null;
    close = subscribe(`/v1/replays/${first.id}/sse`, {
      progress: (j) => { setJob(j); if (SETTLED.has(j.status)) close?.(); },
    });
    return () => close();
  }, [first.id]);
  const handled = job.done + job.failed + (job.skipped ?? 0);
  return h('div', { class: 'notice replay-job', role: 'status', 'aria-live': 'polite' },
    h('p', null, `Replay job ${job.id}: ${job.status}, ${job.done} replayed, ${job.failed} failed`
      + (job.skipped ? `, ${job.skipped} skipped` : '') + ` of ${job.total}`),
    h('progress', { max: job.total || 1, value: handled, 'aria-label': 'Replay progress' }),
    job.estimated_end_at && !SETTLED.has(job.status) ? h('p', { class: 'muted' }, 'Expected to end ', h(Time, { value: job.estimated_end_at })) : null,
    job.problems?.length ? h('ul', null, job.problems.slice(0, 10).map((p) => h('li', { key: p.execution_id },
      h('code', null, p.execution_id), `: ${p.outcome}${p.reason ? ' (' + p.reason + ')' : ''}`))) : null);
}
