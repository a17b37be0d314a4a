// Event history across workflows: the history filter (status, time range, workflow), cursor paging,
// multi-select and bulk delete.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { all, api, page } from '../lib/api.js';
import { Link } from '../lib/router.js';
import { ReplayProgress } from '../components/replay-progress.js';
import { Button, Empty, ErrorNote, Header, Loading, Status, Time, duration } from '../lib/ui.js';

const STATUSES = ['queued', 'executing', 'success', 'error', 'timeout', 'paused', 'cancelled'];
const LIMIT = 25;

/** A datetime-local value as the ISO time the API takes (local time of the browser). */
const iso = (local) => (local ? new Date(local).toISOString() : '');

export function History() {
  const [workflows, setWorkflows] = useState([]);
  const [filter, setFilter] = useState({ status: [], workflow_id: '', since: '', until: '', q: '' });
  const [cursor, setCursor] = useState({});
  const [result, setResult] = useState(null);
  const [error, setError] = useState(null);
  const [selected, setSelected] = useState(new Set());
  const [notice, setNotice] = useState(null);
  const [busy, setBusy] = useState(false);
  const [replayJob, setReplayJob] = useState(null);

  const query = () => ({ status: filter.status.join(','), workflow_id: filter.workflow_id, since: iso(filter.since),
    until: iso(filter.until), q: filter.q, limit: LIMIT });
  const load = (c = cursor) => {
    setError(null);
    page('/v1/executions', query(), c).then(setResult, (e) => { setError(e); setResult(null); });
  };
  useEffect(() => { all('/v1/workflows', { include: 'id,name' }).then(setWorkflows, () => {}); }, []);
  useEffect(() => { setSelected(new Set()); load(cursor); }, [cursor]);

  const apply = (e) => { e.preventDefault(); setCursor({}); load({}); };
  const toggleStatus = (s) => setFilter({ ...filter, status: filter.status.includes(s) ? filter.status.filter((x) => x !== s) : [...filter.status, s] });
  const name = (id) => workflows.find((w) => w.id === id)?.name ?? id;
  const items = result?.items ?? [];
  const allChosen = items.length > 0 && items.every((e) => selected.has(e.id));
  const toggle = (id) => { const next = new Set(selected); next.has(id) ? next.delete(id) : next.add(id); setSelected(next); };
  const deleteChosen = async () => {
    if (!confirm(`Delete ${selected.size} execution(s) and their step results? This cannot be undone.`)) return;
    setBusy(true);
    setNotice(null);
    try {
      const r = (await api('/v1/executions/delete', { method: 'POST', body: { ids: [...selected] } })).data;
      setNotice(`Deleted ${r.count}` + (r.skipped_count ? `; ${r.skipped_count} not finished, skipped (cancel them first)` : '') + '.');
      setSelected(new Set());
      load();
    } catch (e) { setError(e); } finally { setBusy(false); }
  };
  const replayChosen = async () => {
    setBusy(true);
    setNotice(null);
    setError(null);
    try {
      setReplayJob((await api('/v1/replays', { method: 'POST', body: { execution_ids: [...selected] } })).data);
      setSelected(new Set());
    } catch (e) { setError(e); } finally { setBusy(false); }
  };
  const fieldError = (f) => (error?.field === f ? h('p', { class: 'error', role: 'alert' }, error.message) : null);

  return h('section', null,
    h(Header, { title: 'Event history' },
      h(Button, { busy, disabled: selected.size === 0, onClick: replayChosen }, `Replay selected (${selected.size})`),
      h(Button, { kind: 'danger', busy, disabled: selected.size === 0, onClick: deleteChosen }, `Delete selected (${selected.size})`)),
    h('form', { class: 'filters', role: 'search', onSubmit: apply, 'aria-label': 'Filter the history' },
      h('fieldset', null, h('legend', null, 'Status'), STATUSES.map((s) => h('label', { key: s, class: 'check' },
        h('input', { type: 'checkbox', checked: filter.status.includes(s), onChange: () => toggleStatus(s) }), ' ' + s)), fieldError('status')),
      h('label', null, 'Workflow ', h('select', { value: filter.workflow_id, onChange: (e) => setFilter({ ...filter, workflow_id: e.currentTarget.value }) },
        h('option', { value: '' }, 'All workflows'), workflows.map((w) => h('option', { key: w.id, value: w.id }, w.name)))),
      h('label', null, 'From ', h('input', { type: 'datetime-local', value: filter.since, onInput: (e) => setFilter({ ...filter, since: e.currentTarget.value }) })),
      fieldError('since'),
      h('label', null, 'Until ', h('input', { type: 'datetime-local', value: filter.until, onInput: (e) => setFilter({ ...filter, until: e.currentTarget.value }) })),
      fieldError('until'),
      h('label', null, 'Error text ', h('input', { type: 'search', value: filter.q, onInput: (e) => setFilter({ ...filter, q: e.currentTarget.value }) })),
      h(Button, { type: 'submit', kind: 'primary' }, 'Apply')),
    notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
    replayJob ? h(ReplayProgress, { key: replayJob.id, job: replayJob }) : null,
    h(ErrorNote, { error: error && !['status', 'since', 'until'].includes(error.field) ? error : null }),
    result === null && !error ? h(Loading, { what: 'Loading the history' }) : null,
    result && items.length === 0 ? h(Empty, { title: 'No executions' }, 'Nothing matches this filter. Widen the time range or clear the status.') : null,
    items.length ? h('table', { class: 'list' },
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, h('input', { type: 'checkbox', 'aria-label': 'Select all on this page', checked: allChosen,
          onChange: () => setSelected(allChosen ? new Set() : new Set(items.map((e) => e.id))) })),
        ['Status', 'Workflow', 'Began', 'Duration', 'Error'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, items.map((e) => h('tr', { key: e.id },
        h('td', null, h('input', { type: 'checkbox', 'aria-label': 'Select execution ' + e.id, checked: selected.has(e.id), onChange: () => toggle(e.id) })),
        h('td', { 'data-label': 'Status' }, h(Status, { status: e.status }), e.replay_of ? h('span', { class: 'muted' }, ' replay') : null),
        h('td', { 'data-label': 'Workflow' }, h(Link, { href: `/workflows/${e.workflow_id}/executions/${e.id}` }, name(e.workflow_id))),
        h('td', { 'data-label': 'Began' }, h(Time, { value: e.created_at })),
        h('td', { 'data-label': 'Duration' }, duration(e.duration_ms)),
        h('td', { 'data-label': 'Error' }, e.error ? `${e.error.name}: ${e.error.message}` : ''))))) : null,
    result ? h('nav', { class: 'pager', 'aria-label': 'Pages' },
      h('span', { class: 'muted' }, `${result.pageInfo.total_count_capped ? 'over ' + result.pageInfo.total_count : result.pageInfo.total_count} in all`),
      h(Button, { disabled: !cursor.after && !cursor.before, onClick: () => setCursor({}) }, 'Newest'),
      h(Button, { disabled: !result.pageInfo.start_cursor || (!cursor.after && !cursor.before), onClick: () => setCursor({ before: result.pageInfo.start_cursor }) }, 'Newer'),
      h(Button, { disabled: items.length < LIMIT || !result.pageInfo.end_cursor, onClick: () => setCursor({ after: result.pageInfo.end_cursor }) }, 'Older')) : null);
}
