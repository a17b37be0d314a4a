// The builder's Folder: the workflow's project's folders (by their path) and the root; choosing one moves the
// workflow there at once (PUT /v1/workflows/{id} with folder_id alone, which deploys nothing).
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../lib/api.js';
import { Field } from '../lib/ui.js';

/** Each folder's path from the project's root ("2026 / March"). */
export function folderPaths(folders) {
  const byId = new Map(folders.map((f) => [f.id, f]));
  const path = (f, seen = new Set()) => (f.parent_id && byId.has(f.parent_id) && !seen.has(f.id)
    ? path(byId.get(f.parent_id), seen.add(f.id)) + ' / ' + f.name : f.name);
  return folders.map((f) => ({ id: f.id, path: path(f) })).sort((a, b) => a.path.localeCompare(b.path));
}

export function FolderPicker({ workflow, onMoved }) {
  const [folders, setFolders] = useState(null);
  const [error, setError] = useState(null);
  const [note, setNote] = useState(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api(`/v1/projects/${workflow.project_id}/folders`).then((r) => setFolders(folderPaths(r.data)), setError);
  }, [workflow.project_id]);
  const move = async (folderId) => {
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      const moved = (await api(`/v1/workflows/${workflow.id}`, { method: 'PUT', body: { folder_id: folderId } })).data;
      const where = folders.find((f) => f.id === folderId);
      setNote(where ? `Moved to the folder ${where.path}.` : 'Moved to the project\'s root.');
      onMoved(moved);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  if (!folders && !error) return null;
  return h('div', { class: 'folder-picker' },
    h(Field, { label: 'Folder', id: 'workflow-folder', error: error && (error.field ?? 'folder_id') === 'folder_id' ? error : null,
      hint: folders?.length ? 'Moves the workflow at once; nothing is deployed.' : 'This project has no folders: make one on the Projects page.' },
    h('select', { id: 'workflow-folder', disabled: busy || !folders, value: workflow.folder_id ?? '',
      onChange: (e) => move(e.currentTarget.value || null) },
    h('option', { value: '' }, 'Project root'),
    (folders ?? []).map((f) => h('option', { key: f.id, value: f.id }, f.path)))),
    note ? h('p', { class: 'notice', role: 'status' }, note) : null,
    error && (error.field ?? 'folder_id') !== 'folder_id' ? h('p', { class: 'error', role: 'alert' }, error.message) : null);
}
