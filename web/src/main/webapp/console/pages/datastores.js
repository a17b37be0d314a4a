// Data stores of a project and the records of one store.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, page, workspace } from '../lib/api.js';
import { JsonView } from '../lib/json-view.js';
import { Link } from '../lib/router.js';
import { usePagedList } from '../lib/use-list.js';
import { Button, Empty, ErrorNote, Field, Header, LoadMore, Loading, Time } from '../lib/ui.js';

export function DataStores() {
  const [projects, setProjects] = useState([]);
  const [project, setProject] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState(null);
  useEffect(() => {
    api(`/v1/workspaces/${workspace()}/projects`).then((r) => { setProjects(r.data); setProject(r.data[0]?.id ?? ''); }, setError);
  }, []);
  const stores = usePagedList(project ? `/v1/projects/${project}/data_stores` : null);
  const create = async (e) => {
    e.preventDefault();
    setError(null);
    try { await api(`/v1/projects/${project}/data_stores`, { method: 'POST', body: { name } }); setName(''); stores.reload(); } catch (err) { setError(err); }
  };
  return h('section', null, h(Header, { title: 'Data stores' }),
    h('label', null, 'Project ', h('select', { value: project, onChange: (e) => setProject(e.currentTarget.value) },
      projects.map((p) => h('option', { key: p.id, value: p.id }, p.name)))),
    h('form', { class: 'inline-form', onSubmit: create, 'aria-label': 'New data store' },
      h(Field, { label: 'Name of a new store', id: 'store-name', value: name, error: error?.field === 'name' ? error : null, onInput: (e) => setName(e.currentTarget.value) }),
      h(Button, { type: 'submit', kind: 'primary' }, 'Create store')),
    h(ErrorNote, { error: (error?.field === 'name' ? null : error) ?? stores.error }),
    project && stores.items === null && !stores.error ? h(Loading, null) : null,
    stores.items?.length === 0 ? h(Empty, { title: 'No data stores in this project' }, 'Create one, then use it in a step with a data_store prop.') : null,
    stores.items?.length ? h('ul', { class: 'plain' }, stores.items.map((s) => h('li', { key: s.id },
      h(Link, { href: `/data-stores/${s.id}` }, s.name), ' ', h('span', { class: 'muted' }, s.id)))) : null,
    h(LoadMore, { list: stores, what: 'stores' }));
}

export function DataStore({ params }) {
  const [store, setStore] = useState(null);
  const [cursor, setCursor] = useState({});
  const [records, setRecords] = useState(null);
  const [draft, setDraft] = useState({ key: '', value: '', ttl: '' });
  const [error, setError] = useState(null);
  const [query, setQuery] = useState('');
  const [prefix, setPrefix] = useState('');
  const load = () => page(`/v1/data_stores/${params.id}/records`, { limit: 50, prefix }, cursor).then(setRecords, setError);
  useEffect(() => { api(`/v1/data_stores/${params.id}`).then((r) => setStore(r.data), setError); }, []);
  useEffect(() => { load(); }, [cursor, prefix]);
  const search = (e) => { e.preventDefault(); setCursor({}); setPrefix(query); };
  const clear = () => { setQuery(''); setCursor({}); setPrefix(''); };
  const total = records?.pageInfo?.total_count;
  const save = async (e) => {
    e.preventDefault();
    setError(null);
    let value;
    try { value = JSON.parse(draft.value); } catch { setError({ field: 'value', message: 'the value must be JSON (a string needs quotes)' }); return; }
    const record = { key: draft.key, value };
    if (draft.ttl.trim() !== '') record.ttl = Number(draft.ttl);
    try {
      await api(`/v1/data_stores/${params.id}/records`, { method: 'POST', body: { records: [record] } });
      setDraft({ key: '', value: '', ttl: '' });
      load();
    } catch (err) { setError(err); }
  };
  // a record's value (and its key) into the form above, to change and set again
  const edit = (r) => {
    setError(null);
    setDraft({ key: r.key, value: JSON.stringify(r.value), ttl: '' });
    document.getElementById('record-value')?.focus();
  };
  const remove = async (key) => {
    try { await api(`/v1/data_stores/${params.id}/records/${encodeURIComponent(key)}`, { method: 'DELETE' }); load(); } catch (err) { setError(err); }
  };
  return h('section', null, h(Header, { title: store ? `Data store ${store.name}` : 'Data store' }, h(Link, { class: 'btn', href: '/data-stores' }, 'All stores')),
    h('form', { class: 'inline-form', onSubmit: save, 'aria-label': 'Set a record' },
      h(Field, { label: 'Key', id: 'record-key', value: draft.key, error: error?.field?.endsWith('.key') ? error : null, onInput: (e) => setDraft({ ...draft, key: e.currentTarget.value }) }),
      h(Field, { label: 'Value (JSON)', id: 'record-value', value: draft.value, error: error?.field === 'value' || error?.field?.endsWith('.value') ? error : null,
        onInput: (e) => setDraft({ ...draft, value: e.currentTarget.value }) }),
      h(Field, { label: 'Expires after (seconds)', id: 'record-ttl', type: 'number', min: 1, inputmode: 'numeric', value: draft.ttl,
        hint: 'Optional; empty: never expires', error: error?.field?.endsWith('.ttl') ? error : null,
        onInput: (e) => setDraft({ ...draft, ttl: e.currentTarget.value }) }),
      h(Button, { type: 'submit', kind: 'primary' }, 'Set record')),
    h('form', { class: 'inline-form', role: 'search', onSubmit: search, 'aria-label': 'Search records' },
      h(Field, { label: 'Key starts with', id: 'record-search', value: query, placeholder: 'customer:', error: error?.field === 'prefix' ? error : null,
        onInput: (e) => setQuery(e.currentTarget.value) }),
      h(Button, { type: 'submit' }, 'Search'),
      prefix ? h(Button, { onClick: clear }, 'Show all') : null),
    total !== undefined && total !== null ? h('p', { class: 'muted', role: 'status' },
      prefix ? `${total} record${total === 1 ? '' : 's'} whose key starts with “${prefix}”` : `${total} record${total === 1 ? '' : 's'}`) : null,
    h(ErrorNote, { error: error && !(error.field ?? '').match(/key|value|ttl|prefix/) ? error : null }),
    records === null && !error ? h(Loading, null) : null,
    records?.items.length === 0 ? (prefix ? h(Empty, { title: 'No record matches' }, `No key starts with “${prefix}”: try a shorter beginning, or Show all.`)
      : h(Empty, { title: 'No records' }, 'Steps write records with this.db.set(key, value); or set one above.')) : null,
    records?.items.length ? h('table', { class: 'list' },
      h('thead', null, h('tr', null, ['Key', 'Value', 'Expires', 'Updated', ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, records.items.map((r) => h('tr', { key: r.key },
        h('td', { 'data-label': 'Key' }, h('code', null, r.key)),
        h('td', { 'data-label': 'Value' }, h(JsonView, { value: r.value, open: 0, label: 'Value of ' + r.key })),
        h('td', { 'data-label': 'Expires' }, r.expires_at ? h(Time, { value: r.expires_at }) : h('span', { class: 'muted' }, 'never')),
        h('td', { 'data-label': 'Updated' }, h(Time, { value: r.updated_at })),
        h('td', null, h('div', { class: 'actions' },
          h(Button, { onClick: () => edit(r), 'aria-label': `Edit record ${r.key}` }, 'Edit'),
          h(Button, { kind: 'danger', onClick: () => remove(r.key), 'aria-label': `Delete record ${r.key}` }, 'Delete'))))))) : null,
    records ? h('nav', { class: 'pager', 'aria-label': 'Pages' },
      h(Button, { disabled: !cursor.after, onClick: () => setCursor({}) }, 'First'),
      h(Button, { disabled: records.items.length < 50, onClick: () => setCursor({ after: records.pageInfo.end_cursor }) }, 'Next')) : null);
}
