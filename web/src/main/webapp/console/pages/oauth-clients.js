// The workspace's OAuth clients (admins and the owner): made with a name, the secret shown once; a secret
// rotated (the old one and its tokens stop at once) or a client deleted, each after a confirmation.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { api, workspace } from '../lib/api.js';
import { usePagedList } from '../lib/use-list.js';
import { Button, CopyButton, Empty, ErrorNote, Field, Header, LoadMore, Loading, Time } from '../lib/ui.js';

export function OAuthClients() {
  const org = workspace();
  const clients = usePagedList(`/v1/workspaces/${org}/oauth_clients`);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState(null);
  const [error, setError] = useState(null);
  const run = async (fn) => {
    setError(null);
    try { await fn(); clients.reload(); } catch (e) { setError(e); }
  };
  const create = (e) => {
    e.preventDefault();
    run(async () => { setSecret((await api(`/v1/workspaces/${org}/oauth_clients`, { method: 'POST', body: { name } })).data); setName(''); });
  };
  const rotate = (c) => {
    if (!confirm(`Rotate the secret of ${c.name}? The old secret and every token made with it stop working at once.`)) return;
    run(async () => setSecret((await api(`/v1/workspaces/${org}/oauth_clients/${c.client_id}/rotate_secret`, { method: 'POST' })).data));
  };
  const remove = (c) => {
    if (!confirm(`Delete the client ${c.name}? Its tokens stop working at once.`)) return;
    run(async () => { await api(`/v1/workspaces/${org}/oauth_clients/${c.client_id}`, { method: 'DELETE' }); setSecret(null); });
  };
  const forbidden = clients.error?.status === 403;
  return h('section', null, h(Header, { title: 'OAuth clients' }),
    h('p', { class: 'muted' }, 'A client gets access tokens with POST /v1/oauth/token (client credentials) and acts as a member of this workspace.'),
    forbidden ? h('p', { class: 'muted' }, 'Only admins and the owner manage OAuth clients.') : h(ErrorNote, { error: clients.error }),
    secret ? h('div', { class: 'notice', role: 'status' },
      h('p', null, `Client ${secret.name}: copy its secret now, it is shown only once.`),
      h('p', { class: 'with-copy' }, h('span', null, 'Client ID ', h('code', { class: 'client-id' }, secret.client_id))),
      h('p', { class: 'with-copy' }, h('span', null, 'Secret ', h('code', { class: 'client-secret' }, secret.client_secret)),
        h(CopyButton, { text: secret.client_secret, label: 'Copy secret' }))) : null,
    forbidden ? null : h('form', { class: 'inline-form', onSubmit: create, 'aria-label': 'New OAuth client' },
      h(Field, { label: 'Name of a new client', id: 'client-name', value: name, error: error?.field === 'name' ? error : null,
        onInput: (e) => setName(e.currentTarget.value) }),
      h(Button, { type: 'submit', kind: 'primary' }, 'Create client')),
    h(ErrorNote, { error: error && error.field !== 'name' ? error : null }),
    clients.items === null && !clients.error ? h(Loading, null) : null,
    clients.items?.length === 0 ? h(Empty, { title: 'No OAuth clients' }, 'Create one above for a script or a service that calls the API.') : null,
    clients.items?.length ? h('table', { class: 'list' },
      h('thead', null, h('tr', null, ['Name', 'Client ID', 'Created', ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, clients.items.map((c) => h('tr', { key: c.client_id },
        h('td', { 'data-label': 'Name' }, c.name), h('td', { 'data-label': 'Client ID' }, h('code', null, c.client_id)),
        h('td', { 'data-label': 'Created' }, h(Time, { value: c.created_at })),
        h('td', null, h('div', { class: 'actions' },
          h(Button, { 'aria-label': `Rotate the secret of ${c.name}`, onClick: () => rotate(c) }, 'Rotate secret'),
          h(Button, { kind: 'danger', 'aria-label': `Delete ${c.name}`, onClick: () => remove(c) }, 'Delete'))))))) : null,
    h(LoadMore, { list: clients, what: 'clients' }));
}
