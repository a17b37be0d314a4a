// The signed-in user's API keys: list (hints only), create (the key is shown once), delete.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../lib/api.js';
import { useList } from '../lib/use-list.js';
import { Button, CopyButton, Empty, ErrorNote, Field, Header, Loading, Time } from '../lib/ui.js';

export function ApiKeys() {
  const keys = useList(async () => (await api('/v1/users/me/api_keys')).data);
  const [name, setName] = useState('');
  const [created, setCreated] = useState(null);
  const [error, setError] = useState(null);
  const create = async (e) => {
    e.preventDefault();
    setError(null);
    try {
      setCreated((await api('/v1/users/me/api_keys', { method: 'POST', body: { name } })).data);
      setName('');
      keys.reload();
    } catch (err) { setError(err); }
  };
  const remove = async (id) => {
    setError(null);
    try { await api(`/v1/users/me/api_keys/${id}`, { method: 'DELETE' }); keys.reload(); } catch (err) { setError(err); }
  };
  return h('section', null, h(Header, { title: 'API keys' }),
    h('p', null, 'A key works as ', h('code', null, 'Authorization: Bearer <key>'), ' on the whole API, with your rights.'),
    h('form', { class: 'inline-form', onSubmit: create, 'aria-label': 'New API key' },
      h(Field, { label: 'Name of a new key', id: 'key-name', value: name, onInput: (e) => setName(e.currentTarget.value), error: error?.field === 'name' ? error : null }),
      h(Button, { type: 'submit', kind: 'primary' }, 'Create key')),
    created ? h('div', { class: 'notice', role: 'status' }, 'Your new key (shown only now): ', h('code', null, created.api_key), ' ',
      h(CopyButton, { text: created.api_key, label: 'Copy key' })) : null,
    h(ErrorNote, { error: error?.field === 'name' ? null : error ?? keys.error }),
    keys.items === null && !keys.error ? h(Loading, null) : null,
    keys.items?.length === 0 ? h(Empty, { title: 'No keys' }, 'Create one above to call the API from a script.') : null,
    keys.items?.length ? h('table', { class: 'list' },
      h('thead', null, h('tr', null, ['Name', 'Hint', 'Created', 'Last used', ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, keys.items.map((k) => h('tr', { key: k.id },
        h('td', { 'data-label': 'Name' }, k.name), h('td', { 'data-label': 'Hint' }, h('code', null, k.hint ?? '—')),
        h('td', { 'data-label': 'Created' }, h(Time, { value: k.created_at })), h('td', { 'data-label': 'Last used' }, h(Time, { value: k.last_used_at })),
        h('td', null, h(Button, { kind: 'danger', onClick: () => remove(k.id), 'aria-label': `Delete key ${k.name}` }, 'Delete')))))) : null);
}
