// The inspector: a workflow's executions, updated live over SSE, and the selected one in full.
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, page } from '../lib/api.js';
import { subscribe } from '../lib/sse.js';
import { Link, navigate } from '../lib/router.js';
import { Button, Empty, ErrorNote, Header, Loading, LoadError, Status, Time, duration } from '../lib/ui.js';
import { ExecutionDetail } from '../components/execution-detail.js';

const SUMMARY = { exclude: 'steps,trigger' };

function upsert(list, execution) {
  const rest = list.filter((e) => e.id !== execution.id);
  return [execution, ...rest].sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0));
}

export function Inspector({ params }) {
  const workflowId = params.id;
  const selected = params.executionId ?? null;
  const [workflow, setWorkflow] = useState(null);
  const [executions, setExecutions] = useState(null);
  const [older, setOlder] = useState(null);
  const [detail, setDetail] = useState(null);
  const [error, setError] = useState(null);
  const [loadError, setLoadError] = useState(null);
  const [detailError, setDetailError] = useState(null);
  const [live, setLive] = useState('connecting');
  const selectedRef = useRef(selected);
  selectedRef.current = selected;

  const loadDetail = (id) => api(`/v1/executions/${id}`).then((r) => { if (selectedRef.current === id) setDetail(r.data); }, setDetailError);

  const loadNewest = () => page(`/v1/workflows/${workflowId}/executions`, { limit: 25 }).then(({ items, pageInfo }) => {
    setExecutions((list) => (list === null ? items : items.reduce(upsert, list)));
    setOlder((o) => o ?? (items.length === 25 ? pageInfo.end_cursor : null));
  }, setError);

  useEffect(() => {
    // the stream is opened once the workflow is known to be visible (a 404 stream would be a browser console error)
    let close = null;
    let gone = false;
    api(`/v1/workflows/${workflowId}`, { query: { include: 'id,name,triggers' } }).then((r) => {
      if (gone) return;
      setWorkflow(r.data);
      loadNewest();
      close = follow();
    }, setLoadError);
    return () => { gone = true; close?.(); };
  }, [workflowId]);

  const follow = () => {
    let reconnected = false;
    return subscribe(`/v1/workflows/${workflowId}/executions/sse`, {
      // the stream replays nothing: the list is read once the stream listens, and again after a reconnection
      ready: () => { setLive('live'); loadNewest(); if (reconnected && selectedRef.current) loadDetail(selectedRef.current); },
      execution: (change) => {
        api(`/v1/executions/${change.id}`, { query: SUMMARY }).then((r) => setExecutions((list) => upsert(list ?? [], r.data)), () => {});
        if (selectedRef.current === change.id) loadDetail(change.id);
      },
    }, (state) => { if (state === 'reconnecting') { reconnected = true; setLive(state); } });
  };

  useEffect(() => {
    setDetail(null);
    setDetailError(null);
    if (selected) loadDetail(selected);
  }, [selected]);

  const loadOlder = () => page(`/v1/workflows/${workflowId}/executions`, { limit: 25 }, { after: older }).then(({ items, pageInfo }) => {
    setExecutions((list) => [...list, ...items.filter((i) => !list.some((e) => e.id === i.id))]);
    setOlder(items.length === 25 ? pageInfo.end_cursor : null);
  }, setError);
  const open = (id) => navigate(`/workflows/${workflowId}/executions/${id}`);
  const endpoint = workflow?.triggers?.find((t) => t.type === 'http')?.endpoint_url;

  if (loadError) return h(LoadError, { error: loadError, what: 'workflow', back: '/workflows', backLabel: 'Back to your workflows' });
  return h('section', { class: 'inspector' },
    h(Header, { title: workflow ? workflow.name : 'Executions' },
      h('span', { class: 'live live-' + live, role: 'status' }, live === 'live' ? 'Live' : live === 'connecting' ? 'Connecting…' : 'Reconnecting…'),
      h(Link, { class: 'btn', href: `/workflows/${workflowId}` }, 'Edit workflow')),
    h(ErrorNote, { error }),
    h('div', { class: 'split' },
      h('div', { class: 'execution-list' },
        executions === null && !error ? h(Loading, { what: 'Loading executions' }) : null,
        executions?.length === 0 ? h(Empty, { title: 'No executions yet' },
          endpoint ? ['Send an event to ', h('code', null, endpoint), ' and it appears here at once.'] : 'Executions appear here as events arrive.') : null,
        executions?.length ? h('ul', { class: 'rows', 'aria-label': 'Executions' }, executions.map((e) => h('li', { key: e.id },
          h('a', {
            href: `/workflows/${workflowId}/executions/${e.id}`, class: 'row' + (e.id === selected ? ' selected' : ''),
            'aria-current': e.id === selected ? 'true' : undefined, 'data-execution': e.id,
            onClick: (ev) => { if (!ev.ctrlKey && !ev.metaKey) { ev.preventDefault(); open(e.id); } },
          }, h(Status, { status: e.status }), ' ', h(Time, { value: e.created_at }), ' ', h('span', { class: 'muted' }, duration(e.duration_ms)),
          e.replay_of ? h('span', { class: 'muted' }, ' replay') : null)))) : null,
        older ? h(Button, { onClick: loadOlder }, 'Load older executions') : null),
      h('div', { class: 'execution-pane' },
        h(ErrorNote, { error: detailError }),
        !selected ? h('p', { class: 'muted' }, 'Choose an execution to see its steps.') : null,
        selected && !detail && !detailError ? h(Loading, { what: 'Loading the execution' }) : null,
        detail ? h(ExecutionDetail, { execution: detail, workflowId, onReplayed: open, onChanged: () => loadDetail(detail.id) }) : null)));
}
