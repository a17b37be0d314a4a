// The workspace dashboard: executions and errors per hour (24 hours or 7 days), queue depths, the slowest and the
// most failing workflows, from GET /v1/workspaces/{id}/stats; refreshed every minute and on demand.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, workspace } from '../lib/api.js';
import { Link } from '../lib/router.js';
import { Button, Empty, ErrorNote, Header, Loading, duration } from '../lib/ui.js';
import { HourChart } from '../components/hour-chart.js';

const RANGES = [['24h', 'Last 24 hours'], ['7d', 'Last 7 days']];

function Tile({ label, value, note }) {
  return h('div', { class: 'tile', role: 'group', 'aria-label': label }, h('span', { class: 'tile-label', 'aria-hidden': 'true' }, label), h('strong', { class: 'tile-value' }, value),
    note ? h('span', { class: 'muted' }, note) : null);
}

function WorkflowLink({ row }) {
  return h(Link, { href: `/workflows/${row.workflow_id}/executions` }, row.name);
}

/** A small table of workflows with a heading; `empty` says why it has no rows. */
function Ranking({ id, title, empty, columns, rows }) {
  return h('section', { class: 'card', 'aria-labelledby': id },
    h('h2', { id }, title),
    rows.length === 0 ? h('p', { class: 'muted' }, empty) : h('table', { class: 'list compact' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Workflow'), columns.map(([c]) => h('th', { scope: 'col', key: c }, c)))),
      h('tbody', null, rows.map((r) => h('tr', { key: r.workflow_id },
        h('td', { 'data-label': 'Workflow' }, h(WorkflowLink, { row: r })),
        columns.map(([c, cell]) => h('td', { 'data-label': c, key: c }, cell(r))))))));
}

export function Dashboard() {
  const [range, setRange] = useState('24h');
  const [stats, setStats] = useState(null);
  const [error, setError] = useState(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    api(`/v1/workspaces/${workspace()}/stats`, { query: { range } })
      .then((s) => { if (live) { setStats(s.data); setError(null); } }, (e) => { if (live) setError(e); });
    return () => { live = false; };
  }, [range, tick]);
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  const rate = stats && stats.executions ? Math.round((1000 * stats.errors) / stats.executions) / 10 + '% of executions' : null;
  const q = stats?.queues;
  return h('section', { 'aria-labelledby': 'dashboard-title', class: 'dashboard' },
    h(Header, { title: h('span', { id: 'dashboard-title' }, 'Dashboard') },
      h('div', { class: 'segmented', role: 'group', 'aria-label': 'Range' }, RANGES.map(([value, label]) =>
        h(Button, { key: value, 'aria-pressed': String(range === value), kind: range === value ? 'primary' : 'secondary',
          onClick: () => { setStats(null); setRange(value); } }, label))),
      h(Button, { onClick: () => setTick(tick + 1) }, 'Refresh')),
    h(ErrorNote, { error }),
    stats === null && !error ? h(Loading, { what: 'Loading the dashboard' }) : null,
    stats ? h('div', { class: 'tiles' },
      h(Tile, { label: 'Executions', value: stats.executions }),
      h(Tile, { label: 'Errors', value: stats.errors, note: rate }),
      h(Tile, { label: 'Queued now', value: q.queued + q.dispatched }),
      h(Tile, { label: 'Running now', value: q.in_flight, note: q.paused ? q.paused + ' paused' : null })) : null,
    stats && stats.executions === 0 ? h(Empty, { title: 'No executions in this range' },
      'Deploy a workflow and send it an event: ', h(Link, { href: '/workflows' }, 'go to your workflows'), '.') : null,
    stats ? h(HourChart, { hours: stats.hours, range }) : null,
    stats ? h('div', { class: 'rankings' },
      h(Ranking, { id: 'queues-title', title: 'Queues', empty: 'Nothing is waiting or running.', rows: q.workflows,
        columns: [['Queued', (r) => r.queued], ['Dispatched', (r) => r.dispatched], ['Running', (r) => r.in_flight], ['Paused', (r) => r.paused]] }),
      h(Ranking, { id: 'slowest-title', title: 'Slowest workflows', empty: 'No execution finished in this range.', rows: stats.slowest,
        columns: [['Average', (r) => duration(r.average_duration_ms)], ['Longest', (r) => duration(r.longest_duration_ms)], ['Runs', (r) => r.executions]] }),
      h(Ranking, { id: 'failing-title', title: 'Most failing workflows', empty: 'No errors in this range.', rows: stats.most_failing,
        columns: [['Errors', (r) => r.errors], ['Runs', (r) => r.executions], ['Error rate', (r) => Math.round(r.error_rate * 1000) / 10 + '%']] })) : null);
}
