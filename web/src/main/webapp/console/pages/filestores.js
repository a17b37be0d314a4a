// A project's file store: the files and directories of a directory, upload, download and delete.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, apiUrl, sendBytes, workspace } from '../lib/api.js';
import { useList } from '../lib/use-list.js';
import { Button, Empty, ErrorNote, Field, Header, Loading, Time } from '../lib/ui.js';

function size(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function parentOf(dir) {
  const i = dir.lastIndexOf('/');
  return i < 0 ? '' : dir.slice(0, i);
}

export function FileStores() {
  const [projects, setProjects] = useState([]);
  const [project, setProject] = useState('');
  const [dir, setDir] = useState('');
  const [file, setFile] = useState(null);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    api(`/v1/workspaces/${workspace()}/projects`).then((r) => { setProjects(r.data); setProject(r.data[0]?.id ?? ''); }, setError);
  }, []);
  const entries = useList(() => (project ? api(`/v1/projects/${project}/files`, { query: { dir } }).then((r) => r.data)
    : Promise.resolve(null)), [project, dir]);
  const upload = async (e) => {
    e.preventDefault();
    setError(null);
    setNote(null);
    if (!file) { setError({ field: 'file', message: 'choose a file to upload' }); return; }
    const target = path.trim() || (dir ? `${dir}/${file.name}` : file.name);
    setBusy(true);
    try {
      await sendBytes(`/v1/projects/${project}/files/content`, { query: { path: target }, bytes: file, contentType: file.type });
      setNote(`Uploaded ${target}.`);
      setPath('');
      entries.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (p) => {
    setError(null);
    setNote(null);
    try {
      await api(`/v1/projects/${project}/files/content`, { method: 'DELETE', query: { path: p } });
      setNote(`Deleted ${p}.`);
      entries.reload();
    } catch (err) { setError(err); }
  };
  return h('section', null, h(Header, { title: 'File stores' }),
    h('label', null, 'Project ', h('select', { value: project, onChange: (e) => { setProject(e.currentTarget.value); setDir(''); } },
      projects.map((p) => h('option', { key: p.id, value: p.id }, p.name)))),
    h('form', { class: 'inline-form', onSubmit: upload, 'aria-label': 'Upload a file' },
      h(Field, { label: 'File to upload', id: 'upload-file', type: 'file', error: error?.field === 'file' ? error : null,
        onChange: (e) => setFile(e.currentTarget.files[0] ?? null) }),
      h(Field, { label: 'Path in the store (optional)', id: 'upload-path', value: path, error: error?.field === 'path' ? error : null,
        hint: 'By default the file keeps its name in the directory shown.', onInput: (e) => setPath(e.currentTarget.value) }),
      h(Button, { type: 'submit', kind: 'primary', busy }, 'Upload')),
    note ? h('p', { class: 'notice', role: 'status' }, note) : null,
    h(ErrorNote, { error: (error?.field === 'file' || error?.field === 'path' ? null : error) ?? entries.error }),
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Directory' },
      h(Button, { disabled: !dir, onClick: () => setDir('') }, 'Root'), ' ',
      dir ? h(Button, { onClick: () => setDir(parentOf(dir)) }, 'Up') : null, ' ',
      h('code', null, '/' + dir)),
    project && entries.items === null && !entries.error ? h(Loading, null) : null,
    entries.items?.length === 0 ? h(Empty, { title: 'No files here' }, 'Upload one above, or write one from a step with $.files.open(path).fromBuffer(…).') : null,
    entries.items?.length ? h('table', { class: 'list' },
      h('thead', null, h('tr', null, ['Path', 'Size', 'Type', 'Modified', ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, entries.items.map((f) => h('tr', { key: f.path },
        h('td', { 'data-label': 'Path' }, f.type === 'directory'
          ? h(Button, { onClick: () => setDir(f.path), 'aria-label': `Open directory ${f.path}` }, f.path + '/')
          : h('code', null, f.path)),
        h('td', { 'data-label': 'Size' }, size(f.size)),
        h('td', { 'data-label': 'Type' }, f.type === 'directory' ? 'directory' : (f.content_type ?? '—')),
        h('td', { 'data-label': 'Modified' }, h(Time, { value: f.modified_at })),
        h('td', null, f.type === 'directory' ? null : h('span', { class: 'actions' },
          h('a', { class: 'btn', href: apiUrl(`/v1/projects/${project}/files/content`, { path: f.path }), download: f.path.split('/').pop(),
            'aria-label': `Download ${f.path}` }, 'Download'),
          h(Button, { kind: 'danger', onClick: () => remove(f.path), 'aria-label': `Delete ${f.path}` }, 'Delete'))))))) : null);
}
