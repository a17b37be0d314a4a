// The workspace's projects the person sees, each with its access badge (everyone in the workspace, or restricted),
// its folders (made here), and who may see it (set by its creator, the admins and the owner).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { api, workspace } from '../lib/api.js';
import { useList } from '../lib/use-list.js';
import { Button, Empty, ErrorNote, Field, Header, Loading } from '../lib/ui.js';

export function AccessBadge({ access }) {
  return access === 'restricted'
    ? h('span', { class: 'badge badge-restricted', title: 'Only its members, its creator, the admins and the owner see it' }, 'restricted')
    : h('span', { class: 'badge', title: 'Every member of the workspace sees it' }, 'everyone');
}

function Folders({ project }) {
  const folders = useList(async () => (await api(`/v1/projects/${project.id}/folders`)).data, [project.id]);
  const [name, setName] = useState('');
  const [error, setError] = useState(null);
  const create = async (e) => {
    e.preventDefault();
    setError(null);
    try { await api(`/v1/projects/${project.id}/folders`, { method: 'POST', body: { name } }); setName(''); folders.reload(); } catch (err) { setError(err); }
  };
  const nameOf = (id) => folders.items?.find((f) => f.id === id)?.name;
  return h('div', { class: 'folders' },
    h('h3', null, 'Folders'),
    h(ErrorNote, { error: folders.error }),
    folders.items?.length === 0 ? h('p', { class: 'muted' }, 'No folders: workflows sit at the project\'s root. Make one to group them.') : null,
    folders.items?.length ? h('ul', { 'aria-label': `Folders of ${project.name}` }, folders.items.map((f) =>
      h('li', { key: f.id }, f.parent_id ? `${nameOf(f.parent_id) ?? f.parent_id} / ${f.name}` : f.name))) : null,
    h('form', { class: 'inline-form', onSubmit: create, 'aria-label': `New folder in ${project.name}` },
      h(Field, { label: `Name of a new folder in ${project.name}`, id: `folder-${project.id}`, value: name, error,
        onInput: (e) => setName(e.currentTarget.value) }),
      h(Button, { type: 'submit' }, 'Create folder')));
}

function Access({ project, members, onSaved }) {
  const [access, setAccess] = useState(null);
  const [error, setError] = useState(null);
  const [note, setNote] = useState(null);
  const open = async () => {
    setError(null);
    try { setAccess((await api(`/v1/projects/${project.id}/access`)).data); } catch (e) { setError(e); }
  };
  const save = async () => {
    setError(null);
    setNote(null);
    try {
      const saved = (await api(`/v1/projects/${project.id}/access`, { method: 'PUT', body: access })).data;
      setAccess(saved);
      const n = saved.members.length;
      setNote(saved.restricted ? `Access saved: restricted, ${n} member${n === 1 ? '' : 's'} chosen.` : 'Access saved: everyone in the workspace sees it.');
      onSaved();
    } catch (e) { setError(e); }
  };
  const toggle = (id) => setAccess({ ...access, members: access.members.includes(id) ? access.members.filter((m) => m !== id) : [...access.members, id] });
  if (!access) return h('div', null, h(Button, { onClick: open, 'aria-label': `Change who sees ${project.name}` }, 'Change access'), h(ErrorNote, { error }));
  return h('fieldset', { class: 'access' }, h('legend', null, `Who sees ${project.name}`),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: access.restricted,
      onChange: (e) => setAccess({ ...access, restricted: e.currentTarget.checked }) }), ' Restricted: only the members chosen below (and its creator, the admins and the owner)'),
    access.restricted ? h('ul', { class: 'checks', 'aria-label': `Members of ${project.name}` }, (members ?? []).map((m) => h('li', { key: m.id },
      h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: access.members.includes(m.id), onChange: () => toggle(m.id) }), ` ${m.username} (${m.role})`)))) : null,
    h('div', { class: 'actions' }, h(Button, { kind: 'primary', onClick: save }, 'Save access'), h(Button, { onClick: () => { setAccess(null); setNote(null); } }, 'Close')),
    note ? h('p', { class: 'notice', role: 'status' }, note) : null,
    h(ErrorNote, { error }));
}

export function Projects({ session }) {
  const org = workspace();
  const projects = useList(async () => (await api(`/v1/workspaces/${org}/projects`)).data);
  const members = useList(async () => (await api(`/v1/workspaces/${org}/members`)).data);
  const [name, setName] = useState('');
  const [error, setError] = useState(null);
  const myRole = session.user.orgs.find((o) => o.id === org)?.role;
  const mayChange = (p) => myRole === 'owner' || myRole === 'admin' || p.owner === session.user.id;
  const create = async (e) => {
    e.preventDefault();
    setError(null);
    try { await api(`/v1/workspaces/${org}/projects`, { method: 'POST', body: { name } }); setName(''); projects.reload(); } catch (err) { setError(err); }
  };
  return h('section', null, h(Header, { title: 'Projects' }),
    h('p', null, 'A project holds workflows, sources, data stores, files and variables; a restricted one is seen only by its members.'),
    h('form', { class: 'inline-form', onSubmit: create, 'aria-label': 'New project' },
      h(Field, { label: 'Name of a new project', id: 'project-name', value: name, error, onInput: (e) => setName(e.currentTarget.value) }),
      h(Button, { type: 'submit', kind: 'primary' }, 'Create project')),
    h(ErrorNote, { error: projects.error }),
    projects.items === null && !projects.error ? h(Loading, { what: 'Loading projects' }) : null,
    projects.items?.length === 0 ? h(Empty, { title: 'No projects you can see' }, 'Create one above, or ask an admin for access.') : null,
    (projects.items ?? []).map((p) => h('article', { key: p.id, class: 'card project', 'aria-label': `Project ${p.name}` },
      h('h2', null, p.name, ' ', h(AccessBadge, { access: p.access })),
      h(Folders, { project: p }),
      mayChange(p) ? h(Access, { project: p, members: members.items, onSaved: projects.reload }) : null)));
}
