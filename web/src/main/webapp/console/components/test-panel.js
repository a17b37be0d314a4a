// The builder's Test: pick a past event of the workflow, edit it as JSON, run it on the deployed version as a test
// event (POST /v1/executions/{id}/test with {"event": …}) and watch each step finish.
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, page } from '../lib/api.js';
import { Link } from '../lib/router.js';
import { Button, Empty, ErrorNote, Field, Status, duration } from '../lib/ui.js';
import { JsonView } from '../lib/json-view.js';

const FINISHED = new Set(['success', 'error', 'timeout', 'cancelled']);
const POLL_MS = 700;

const when = (v) => new Date(typeof v === 'number' && v < 1e11 ? v * 1000 : v).toLocaleString();

/** Each step of the deployed version with its result so far: done, running (the first without one) or waiting. */
export function stepProgress(stepNames, execution) {
  const results = new Map((execution?.steps ?? []).filter((s) => !s.path).map((s) => [s.name, s]));
  let runningShown = false;
  return stepNames.map((name) => {
    const result = results.get(name);
    if (result) return { name, status: result.status, result };
    if (FINISHED.has(execution?.status)) return { name, status: 'not run' };
    if (!runningShown && execution?.status === 'executing') { runningShown = true; return { name, status: 'running' }; }
    return { name, status: 'waiting' };
  });
}

function Progress({ stepNames, execution, workflowId }) {
  return h('div', { class: 'test-run', role: 'region', 'aria-label': 'Test run' },
    h('p', null, 'Test execution ', h(Link, { href: `/workflows/${workflowId}/executions/${execution.id}` }, execution.id), ' ',
      h(Status, { status: execution.status }), ' ', h('span', { class: 'muted' }, duration(execution.duration_ms))),
    h('ol', { class: 'test-steps', 'aria-label': 'Test steps' }, stepProgress(stepNames, execution).map((s) =>
      h('li', { key: s.name, 'data-step': s.name },
        h('span', { class: 'step-name' }, s.name), ' ', h(Status, { status: s.status }), ' ',
        s.result ? h('span', { class: 'muted' }, duration(s.result.duration_ms)) : null,
        s.result?.error ? h('p', { class: 'error' }, (s.result.error.name ?? 'Error') + ': ' + s.result.error.message) : null,
        s.result && s.result.$return_value !== undefined && s.result.$return_value !== null
          ? h(JsonView, { value: s.result.$return_value, label: `Return value of ${s.name}` }) : null))),
    execution.error && !execution.steps?.some((s) => s.error)
      ? h('p', { class: 'error' }, (execution.error.name ?? 'Error') + ': ' + execution.error.message) : null);
}

export function TestPanel({ workflowId, stepNames }) {
  const [past, setPast] = useState(null);
  const [chosen, setChosen] = useState('');
  const [text, setText] = useState('');
  const [textError, setTextError] = useState(null);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const [run, setRun] = useState(null);
  const timer = useRef(null);

  useEffect(() => {
    page(`/v1/workflows/${workflowId}/executions`, { limit: 10 }).then(({ items }) => {
      setPast(items);
      if (items.length) choose(items[0].id);
    }, setError);
    return () => clearTimeout(timer.current);
  }, [workflowId]);

  const choose = (id) => {
    setChosen(id);
    setTextError(null);
    api(`/v1/executions/${id}`, { query: { exclude: 'steps' } })
      .then((r) => setText(JSON.stringify(r.data.trigger?.event ?? {}, null, 2)), setError);
  };
  const watch = (id) => {
    api(`/v1/executions/${id}`).then((r) => {
      setRun(r.data);
      if (!FINISHED.has(r.data.status)) timer.current = setTimeout(() => watch(id), POLL_MS);
    }, setError);
  };
  const start = async () => {
    let event;
    try {
      event = JSON.parse(text);
    } catch (e) {
      setTextError({ field: 'event', message: 'not valid JSON: ' + e.message });
      return;
    }
    if (event === null || typeof event !== 'object' || Array.isArray(event)) {
      setTextError({ field: 'event', message: 'the event must be a JSON object' });
      return;
    }
    setBusy(true);
    setError(null);
    setTextError(null);
    clearTimeout(timer.current);
    try {
      const started = (await api(`/v1/executions/${chosen}/test`, { method: 'POST', body: { event } })).data;
      setRun(started);
      watch(started.id);
    } catch (e) {
      if (e.field?.startsWith('event')) setTextError(e); else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return h('section', { class: 'card test-panel', 'aria-labelledby': 'test-title' },
    h('h2', { id: 'test-title' }, 'Test'),
    h('p', { class: 'muted' }, 'Runs an event through the deployed version as a test event (steps.trigger.context.test is true),'
      + ' also while the workflow is inactive. Deploy your changes first.'),
    h(ErrorNote, { error }),
    past?.length === 0 ? h(Empty, { title: 'No past events yet' },
      'Send an event to the trigger once; then pick it here, edit it and run it as often as you like.') : null,
    past?.length ? [
      h(Field, { label: 'Past event', id: 'test-event-source' },
        h('select', { id: 'test-event-source', value: chosen, onChange: (e) => choose(e.currentTarget.value) },
          past.map((e) => h('option', { key: e.id, value: e.id },
            `${when(e.created_at)} · ${e.status} · ${e.id}`)))),
      h(Field, { label: 'Event (JSON)', id: 'test-event', error: textError, hint: 'Edit the event before running it.' },
        h('textarea', { id: 'test-event', rows: 10, spellcheck: false, value: text, class: 'json-input',
          'aria-invalid': textError ? 'true' : undefined, 'aria-describedby': textError ? 'test-event-error' : 'test-event-hint',
          onInput: (e) => setText(e.currentTarget.value) })),
      h('div', { class: 'actions' }, h(Button, { kind: 'primary', busy, onClick: start }, busy ? 'Starting…' : 'Run test'))] : null,
    run ? h(Progress, { stepNames, execution: run, workflowId }) : null);
}
