// The workspace's connected accounts (seed /apps/connected-accounts): the accounts the person may see with their
// app, owner, health and sharing; a key-based account connected by a form of its app's custom fields, an OAuth one
// through the provider (GET /v1/accounts/oauth/start, back here with account_id); sharing toggled and accounts
// renamed and deleted (after a confirmation) by their owner and the workspace's admins, as the API allows.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { all, api, workspace } from '../lib/api.js';
import { useList, usePagedList } from '../lib/use-list.js';
import { Button, Empty, ErrorNote, Field, Header, LoadMore, Loading, Time } from '../lib/ui.js';

function fieldsOf(app) {
  try { return JSON.parse(app?.custom_fields_json || '[]'); } catch { return []; }
}

function Health({ account }) {
  if (account.dead) return h('span', { class: 'status status-error', title: account.last_error ?? '' }, 'dead');
  if (!account.healthy) return h('span', { class: 'status status-paused', title: account.last_error ?? '' }, 'failing');
  return h('span', { class: 'status status-success' }, 'healthy');
}

function ConnectForm({ apps, onConnected }) {
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const [values, setValues] = useState({});
  const [shared, setShared] = useState(false);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const app = apps.find((a) => a.name_slug === slug);
  const fields = fieldsOf(app);
  const choose = (value) => { setSlug(value); setValues({}); setError(null); };
  const submit = async (e) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      if (app.auth_type === 'oauth') {
        // redirect=false: a refusal (no OAuth client for the app …) is shown here; the answer also sets the state's cookie
        const started = await api('/v1/accounts/oauth/start', { query: { app: slug, name: name || undefined, return_url: '/accounts', redirect: 'false' } });
        location.assign(started.data.authorize_url);
        return;
      }
      const credentials = {};
      fields.forEach((f) => { const v = values[f.name] ?? f.default; if (v !== undefined && v !== null && v !== '') credentials[f.name] = String(v); });
      const created = (await api('/v1/accounts', { method: 'POST', body: { app: slug, name: name || undefined, credentials, shared } })).data;
      setName(''); setValues({}); setShared(false);
      onConnected(created);
    } catch (err) { setError(err); } finally { setBusy(false); }
  };
  const err = (f) => (error?.field === f ? error : null);
  const connectable = apps.filter((a) => a.auth_type === 'keys' || a.auth_type === 'oauth');
  return h('form', { class: 'card', onSubmit: submit, 'aria-label': 'Connect an account' },
    h('h2', null, 'Connect an account'),
    h(Field, { label: 'App', id: 'account-app', error: err('app') },
      h('select', { id: 'account-app', value: slug, onChange: (e) => choose(e.currentTarget.value) },
        h('option', { value: '' }, 'Choose an app…'),
        connectable.map((a) => h('option', { key: a.id, value: a.name_slug }, `${a.name || a.name_slug} (${a.auth_type === 'oauth' ? 'OAuth' : 'API key'})`)))),
    app ? h(Field, { label: 'Account name', id: 'account-name', value: name, error: err('name'), hint: `Default: ${app.name || app.name_slug}`,
      onInput: (e) => setName(e.currentTarget.value) }) : null,
    app?.auth_type === 'keys' ? fields.map((f) => h(Field, {
      key: f.name, label: (f.label || f.name) + (f.optional ? ' (optional)' : ''), id: 'account-field-' + f.name,
      type: f.type === 'password' ? 'password' : 'text', autocomplete: 'off', value: values[f.name] ?? f.default ?? '',
      hint: f.description, error: err('credentials.' + f.name),
      onInput: (e) => setValues({ ...values, [f.name]: e.currentTarget.value }) })) : null,
    app?.auth_type === 'keys' ? h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: shared,
      onChange: (e) => setShared(e.currentTarget.checked) }), ' Share with the workspace') : null,
    app?.auth_type === 'oauth' ? h('p', { class: 'muted' }, `You sign in at ${app.name || app.name_slug} and come back here.`) : null,
    h(ErrorNote, { error: error && !['app', 'name'].includes(error.field) && !error.field?.startsWith('credentials.') ? error : null }),
    app ? h(Button, { type: 'submit', kind: 'primary', busy },
      app.auth_type === 'oauth' ? `Connect with ${app.name || app.name_slug}` : 'Connect account') : null);
}

export function Accounts({ session, query }) {
  const org = workspace();
  const me = session.user.id;
  const role = session.user.orgs.find((o) => o.id === org)?.role;
  const manager = role === 'owner' || role === 'admin';
  const accounts = usePagedList('/v1/accounts');
  const apps = useList(() => all('/v1/apps'));
  const members = useList(async () => (await api(`/v1/workspaces/${org}/members`)).data);
  const returned = query.get('account_id');
  const [notice, setNotice] = useState(returned ? 'connected' : null);
  const [error, setError] = useState(null);
  const run = async (fn, done) => {
    setError(null);
    setNotice(null);
    try { await fn(); accounts.reload(); setNotice(done); } catch (e) { setError(e); }
  };
  const owner = (a) => (a.owner_id === me ? 'you' : members.items?.find((m) => m.id === a.owner_id)?.username ?? a.owner_id ?? '—');
  const label = (a) => `${a.name} (${a.app?.name || a.app?.name_slug})`;
  const share = (a, shared) => run(() => api(`/v1/accounts/${a.id}`, { method: 'PUT', body: { shared } }),
    shared ? `${label(a)} is shared with the workspace.` : `${label(a)} is private to its owner.`);
  const rename = (a) => {
    const name = prompt(`New name of ${label(a)}:`, a.name);
    if (name === null || name.trim() === '' || name === a.name) return;
    run(() => api(`/v1/accounts/${a.id}`, { method: 'PUT', body: { name: name.trim() } }), `Renamed to ${name.trim()}.`);
  };
  const remove = (a) => {
    if (!confirm(`Delete the account ${label(a)}? Steps that use it fail until another account is chosen.`)) return;
    run(() => api(`/v1/accounts/${a.id}`, { method: 'DELETE' }), `Deleted ${label(a)}.`);
  };
  const connectedNotice = notice === 'connected'
    ? `Connected ${(() => { const a = accounts.items?.find((x) => x.id === returned); return a ? label(a) : 'the account'; })()}.`
    : notice;
  return h('section', null, h(Header, { title: 'Accounts' }),
    h('p', { class: 'muted' }, 'Steps and sources use connected accounts through app props (',
      h('code', null, 'this.<app>.$auth'), '). An account is private to who connected it unless shared; credentials are never shown here.'),
    connectedNotice ? h('p', { class: 'notice', role: 'status' }, connectedNotice) : null,
    h(ErrorNote, { error: error ?? accounts.error }),
    accounts.items === null && !accounts.error ? h(Loading, { what: 'Loading accounts' }) : null,
    accounts.items?.length === 0 ? h(Empty, { title: 'No connected accounts' }, 'Connect one below.') : null,
    accounts.items?.length ? h('table', { class: 'list' },
      h('thead', null, h('tr', null, ['App', 'Name', 'Owner', 'Health', 'Last refresh', 'Last error', 'Shared', ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, accounts.items.map((a) => {
        const mine = manager || a.owner_id === me;
        return h('tr', { key: a.id, 'data-account': a.id },
          h('td', { 'data-label': 'App' }, a.app?.name || a.app?.name_slug),
          h('td', { 'data-label': 'Name' }, a.name, a.scopes ? h('div', null, h('small', { class: 'muted' }, 'Scopes: ' + a.scopes)) : null),
          h('td', { 'data-label': 'Owner' }, owner(a)),
          h('td', { 'data-label': 'Health' }, h(Health, { account: a })),
          h('td', { 'data-label': 'Last refresh' }, h(Time, { value: a.last_refreshed_at })),
          h('td', { 'data-label': 'Last error' }, a.last_error ? h('span', null, a.last_error, ' ', h(Time, { value: a.last_error_at })) : h('span', { class: 'muted' }, '—')),
          h('td', { 'data-label': 'Shared' }, h('label', { class: 'check' },
            h('input', { type: 'checkbox', checked: a.shared, disabled: !mine, 'aria-label': `Share ${label(a)} with the workspace`,
              onChange: (e) => share(a, e.currentTarget.checked) }))),
          h('td', null, mine ? h('div', { class: 'actions' },
            h(Button, { 'aria-label': `Rename ${label(a)}`, onClick: () => rename(a) }, 'Rename'),
            h(Button, { kind: 'danger', 'aria-label': `Delete ${label(a)}`, onClick: () => remove(a) }, 'Delete')) : null));
      }))) : null,
    h(LoadMore, { list: accounts, what: 'accounts' }),
    h(ErrorNote, { error: apps.error }),
    apps.items ? h(ConnectForm, { apps: apps.items, onConnected: (a) => { accounts.reload(); setError(null); setNotice(`Connected ${label(a)}.`); } }) : null);
}
