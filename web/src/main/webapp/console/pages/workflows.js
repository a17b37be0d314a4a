// The workflows list: status, triggers, last run and error count, with a search and a project filter over the
// workflows loaded so far (a page at a time, "Load more" for the next).
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, workspace } from '../lib/api.js';
import { usePagedList } from '../lib/use-list.js';
import { Link, navigate } from '../lib/router.js';
import { Button, Empty, ErrorNote, Header, LoadMore, Loading, Status, Time } from '../lib/ui.js';
import { AccessBadge } from './projects.js';

/** The last execution and the number of failed ones (error, timeout) of each workflow, loaded after its page. */
function useRunSummaries(workflows) {
  const [summaries, setSummaries] = useState({});
  const asked = useRef(new Set());
  const live = useRef(true);
  useEffect(() => () => { live.current = false; }, []);
  useEffect(() => {
    for (const w of workflows ?? []) {
      if (asked.current.has(w.id)) continue;
      asked.current.add(w.id);
      Promise.all([
        api(`/v1/workflows/${w.id}/executions`, { query: { limit: 1 } }),
        api('/v1/executions/counts', { query: { workflow_id: w.id, status: 'error,timeout' } }),
      ]).then(([last, counts]) => {
        if (live.current) setSummaries((s) => ({ ...s, [w.id]: { last: last.data[0] ?? null, errors: counts.data.total } }));
      }, () => asked.current.delete(w.id));
    }
  }, [workflows]);
  return summaries;
}

function triggerTypes(w) {
  const types = [...new Set((w.triggers ?? []).map((t) => t.type))];
  return types.length ? types.join(', ') : 'none';
}

export function Workflows() {
  const list = usePagedList('/v1/workflows', { exclude: 'steps' });
  const workflows = list.items;
  const error = list.error;
  const [projects, setProjects] = useState([]);
  const [search, setSearch] = useState('');
  const [project, setProject] = useState('');
  const summaries = useRunSummaries(workflows);

  useEffect(() => {
    api(`/v1/workspaces/${workspace()}/projects`).then((p) => setProjects(p.data), () => {});
  }, []);

  const shown = (workflows ?? []).filter((w) => (!project || w.project_id === project)
    && (!search || w.name.toLowerCase().includes(search.toLowerCase())));
  const projectName = (id) => projects.find((p) => p.id === id)?.name ?? id;
  const projectOf = (w) => projects.find((p) => p.id === w.project_id);

  return h('section', { 'aria-labelledby': 'workflows-title' },
    h(Header, { title: h('span', { id: 'workflows-title' }, 'Workflows') },
      h(Button, { kind: 'primary', onClick: () => navigate('/workflows/new') }, 'New workflow')),
    h('div', { class: 'filters', role: 'search' },
      h('label', null, 'Search ', h('input', { type: 'search', value: search, placeholder: 'Name', onInput: (e) => setSearch(e.currentTarget.value) })),
      h('label', null, 'Project ', h('select', { value: project, onChange: (e) => setProject(e.currentTarget.value) },
        h('option', { value: '' }, 'All projects'),
        projects.map((p) => h('option', { key: p.id, value: p.id }, p.name))))),
    list.more && (search || project) ? h('p', { class: 'muted' }, `Searching the ${workflows.length} workflows loaded of ${list.total}; Load more to search the rest.`) : null,
    h(ErrorNote, { error }),
    workflows === null && !error ? h(Loading, { what: 'Loading workflows' }) : null,
    workflows !== null && workflows.length === 0 ? h(Empty, { title: 'No workflows yet' },
      'A workflow runs JavaScript steps on each event its trigger receives. ',
      h(Link, { href: '/workflows/new' }, 'Create your first workflow'), ' with an HTTP trigger and a code step.') : null,
    workflows !== null && workflows.length > 0 && shown.length === 0 ? h(Empty, { title: 'No workflow matches' }, 'Clear the search or choose another project.') : null,
    shown.length > 0 ? h('table', { class: 'list' },
      h('thead', null, h('tr', null, ['Name', 'Status', 'Triggers', 'Project', 'Last run', 'Errors', ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, shown.map((w) => {
        const s = summaries[w.id];
        return h('tr', { key: w.id },
          h('td', { 'data-label': 'Name' }, h(Link, { href: `/workflows/${w.id}` }, w.name)),
          h('td', { 'data-label': 'Status' }, h('span', { class: 'status ' + (w.active ? 'status-success' : 'status-cancelled') }, w.active ? 'active' : 'inactive')),
          h('td', { 'data-label': 'Triggers' }, triggerTypes(w)),
          h('td', { 'data-label': 'Project' }, projectName(w.project_id), ' ', projectOf(w) ? h(AccessBadge, { access: projectOf(w).access }) : null),
          h('td', { 'data-label': 'Last run' }, s === undefined ? '…' : s.last ? h('span', null, h(Status, { status: s.last.status }), ' ', h(Time, { value: s.last.created_at })) : h('span', { class: 'muted' }, 'never')),
          h('td', { 'data-label': 'Errors' }, s === undefined ? '…' : s.errors),
          h('td', null, h(Link, { href: `/workflows/${w.id}/executions` }, 'Executions')));
      }))) : null,
    h(LoadMore, { list, what: 'workflows' }));
}
