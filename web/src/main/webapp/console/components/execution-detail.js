// One execution: status, timing, trigger event, each step's logs, exports, return value and error; replay,
// replay from a step, resume a paused one now, cancel.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../lib/api.js';
import { JsonView } from '../lib/json-view.js';
import { Link } from '../lib/router.js';
import { Button, CopyButton, ErrorNote, Status, Time, duration } from '../lib/ui.js';

const FINISHED = new Set(['success', 'error', 'timeout', 'cancelled']);

function ErrorBlock({ error }) {
  if (!error) return null;
  return h('div', { class: 'step-failure', role: 'group', 'aria-label': 'Error' },
    h('p', null, h('strong', null, error.name ?? 'Error'), ': ', error.message),
    error.stack ? h('pre', { class: 'stack' }, error.stack) : null);
}

function Logs({ logs }) {
  if (!logs?.length) return h('p', { class: 'muted' }, 'No logs.');
  return h('ol', { class: 'logs', 'aria-label': 'Logs' }, logs.map((l, i) => h('li', { key: i, class: 'log log-' + l.level },
    h('span', { class: 'log-level' }, l.level), ' ', h('span', { class: 'log-message' }, l.message))));
}

function StepResult({ step, workflowId, execution, onReplayed }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const replayFrom = async () => {
    setBusy(true);
    setError(null);
    try {
      const created = (await api(`/v1/executions/${execution.id}/replay`, { method: 'POST', body: { from_step: step.name } })).data;
      onReplayed(created.id);
    } catch (e) { setError(e); } finally { setBusy(false); }
  };
  const hasReturn = step.$return_value !== undefined && !(step.error && step.$return_value === null);
  return h('details', { class: 'step-result card', open: step.status !== 'success' || execution.steps.length <= 3, 'data-step': step.name },
    h('summary', null, h('span', { class: 'step-name' }, step.path ?? step.name), ' ', h(Status, { status: step.status }), ' ',
      h('span', { class: 'muted' }, duration(step.duration_ms)), step.reused ? h('span', { class: 'muted' }, ' (reused)') : null),
    h('div', { class: 'step-body' },
      h('h4', null, 'Logs'), h(Logs, { logs: step.logs }),
      h('h4', null, 'Exports'), Object.keys(step.exports ?? {}).length
        ? h(JsonView, { value: step.exports, label: `Exports of ${step.name}` }) : h('p', { class: 'muted' }, 'No exports.'),
      h('h4', null, 'Return value'), hasReturn
        ? h('div', { class: 'with-copy' }, h(JsonView, { value: step.$return_value, label: `Return value of ${step.name}` }),
          h(CopyButton, { text: JSON.stringify(step.$return_value, null, 2), label: 'Copy return value' }))
        : h('p', { class: 'muted' }, 'No return value.'),
      step.error ? [h('h4', null, 'Error'), h(ErrorBlock, { error: step.error })] : null,
      FINISHED.has(execution.status) && !step.path ? h('div', { class: 'actions' },
        h(Button, { busy, onClick: replayFrom, 'aria-label': `Replay from step ${step.name}` }, 'Replay from this step')) : null,
      h(ErrorNote, { error })));
}

export function ExecutionDetail({ execution, workflowId, onReplayed, onChanged }) {
  const [busy, setBusy] = useState(null);
  const [error, setError] = useState(null);
  const act = async (what, path) => {
    setBusy(what);
    setError(null);
    try {
      const result = (await api(path, { method: 'POST' })).data;
      if (what === 'replay') onReplayed(result.id); else onChanged();
    } catch (e) { setError(e); } finally { setBusy(null); }
  };
  const e = execution;
  return h('article', { class: 'execution', 'aria-labelledby': 'execution-title' },
    h('div', { class: 'page-header' },
      h('h2', { id: 'execution-title' }, 'Execution ', h('code', null, e.id)),
      h('div', { class: 'actions' },
        h(CopyButton, { text: e.id, label: 'Copy ID' }),
        h(Button, { busy: busy === 'replay', onClick: () => act('replay', `/v1/executions/${e.id}/replay`) }, 'Replay'),
        e.status === 'paused'
          ? h(Button, { kind: 'primary', busy: busy === 'resume', onClick: () => act('resume', `/v1/executions/${e.id}/rerun`) }, 'Resume now') : null,
        FINISHED.has(e.status) ? null
          : h(Button, { kind: 'danger', busy: busy === 'cancel', onClick: () => act('cancel', `/v1/executions/${e.id}/cancel`) }, 'Cancel'))),
    h(ErrorNote, { error }),
    h('dl', { class: 'facts' },
      h('dt', null, 'Status'), h('dd', null, h(Status, { status: e.status })),
      h('dt', null, 'Began'), h('dd', null, h(Time, { value: e.created_at })),
      h('dt', null, 'Duration'), h('dd', null, duration(e.duration_ms)),
      e.replay_of ? [h('dt', null, 'Replay of'), h('dd', null, h(Link, { href: `/workflows/${e.workflow_id}/executions/${e.replay_of}` }, e.replay_of))] : null,
      e.attempts ? [h('dt', null, 'Retries'), h('dd', null, e.attempts)] : null,
      e.status === 'paused' ? [h('dt', null, 'Paused until'), h('dd', null, e.resume_at ? h(Time, { value: e.resume_at }) : 'resumed by its resume URL or Resume now')] : null),
    e.error ? h(ErrorBlock, { error: e.error }) : null,
    h('details', { class: 'card' }, h('summary', null, 'Trigger event'),
      h('div', { class: 'with-copy' }, h(JsonView, { value: e.trigger?.event, label: 'Trigger event', open: 1 }),
        h(CopyButton, { text: JSON.stringify(e.trigger?.event, null, 2), label: 'Copy event' }))),
    h('h3', null, 'Steps'),
    e.steps?.length ? e.steps.map((s) => h(StepResult, { key: s.path ?? s.name, step: s, execution: e, workflowId, onReplayed }))
      : h('p', { class: 'muted' }, FINISHED.has(e.status) ? 'No step ran.' : 'Waiting for the first step…'));
}
