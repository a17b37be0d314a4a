// The workflows list: status, triggers, last run and error count, with a search and a project filter.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { all, api, workspace } from '../lib/api.js';
import { Link, navigate } from '../lib/router.js';
import { Button, Empty, ErrorNote, Header, Loading, Status, Time } from '../lib/ui.js';
import { AccessBadge } from './projects.js';

/** The last execution and the number of failed ones (error, timeout) of each workflow, loaded after the list. */
function useRunSummaries(workflows) {
  const [summaries, setSummaries] = useState({});
  useEffect(() => {
    let live = true;
    for (const w of workflows ?? []) {
      Promise.all([
        api(`/v1/workflows/${w.id}/executions`, { query: { limit: 1 } }),
        api('/v1/executions/counts', { query: { workflow_id: w.id, status: 'error,timeout' } }),
      ]).then(([last, counts]) => {
        if (live) setSummaries((s) => ({ ...s, [w.id]: { last: last.data[0] ?? null, errors: counts.data.total } }));
      }, () => {});
    }
    return () => { live = false; };
  }, [workflows]);
  return summaries;
}

function triggerTypes(w) {
  const types = [...new Set((w.triggers ?? []).map((t) => t.type))];
  return types.length ? types.join(', ') : 'none';
}

export function Workflows() {
  const [workflows, setWorkflows] = useState(null);
  const [projects, setProjects] = useState([]);
  const [error, setError] = useState(null);
  const [search, setSearch] = useState('');
  const [project, setProject] = useState('');
  const summaries = useRunSummaries(workflows);

  useEffect(() => {
    all('/v1/workflows', { exclude: 'steps' }).then(setWorkflows, setError);
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
      }))) : null);
}
