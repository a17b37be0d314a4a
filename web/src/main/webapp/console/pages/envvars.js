// The workspace's environment variables: secret values are never shown (the API answers null for them), only
// replaced with a new value.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { api, workspace } from '../lib/api.js';
import { usePagedList } from '../lib/use-list.js';
import { Button, Empty, ErrorNote, Field, Header, LoadMore, Loading, Time } from '../lib/ui.js';

export function EnvVars() {
  const path = `/v1/workspaces/${workspace()}/env_vars`;
  const vars = usePagedList(path);
  const [draft, setDraft] = useState({ key: '', value: '', secret: true });
  const [error, setError] = useState(null);
  const [replacing, setReplacing] = useState(null); // {id, key, secret, value, error}
  const [note, setNote] = useState(null);
  const replace = async (e) => {
    e.preventDefault();
    try {
      await api(`${path}/${replacing.id}`, { method: 'PUT', body: { value: replacing.value } });
      setNote(`${replacing.key}: value replaced.`);
      setReplacing(null);
      vars.reload();
    } catch (err) { setReplacing({ ...replacing, error: err }); }
  };
  const create = async (e) => {
    e.preventDefault();
    setError(null);
    try {
      await api(path, { method: 'POST', body: draft });
      setDraft({ key: '', value: '', secret: true });
      vars.reload();
    } catch (err) { setError(err); }
  };
  const remove = async (id) => {
    try { await api(`${path}/${id}`, { method: 'DELETE' }); vars.reload(); } catch (err) { setError(err); }
  };
  const err = (f) => (error?.field === f ? error : null);
  return h('section', null, h(Header, { title: 'Environment variables' }),
    h('p', null, 'Steps read them as ', h('code', null, 'process.env.KEY'), '. Secret values are never shown again.'),
    h('form', { class: 'inline-form', onSubmit: create, 'aria-label': 'New variable' },
      h(Field, { label: 'Key', id: 'env-key', value: draft.key, error: err('key'), onInput: (e) => setDraft({ ...draft, key: e.currentTarget.value }) }),
      h(Field, { label: 'Value', id: 'env-value', type: draft.secret ? 'password' : 'text', autocomplete: 'off', value: draft.value, error: err('value'),
        onInput: (e) => setDraft({ ...draft, value: e.currentTarget.value }) }),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: draft.secret, onChange: (e) => setDraft({ ...draft, secret: e.currentTarget.checked }) }), ' Secret'),
      h(Button, { type: 'submit', kind: 'primary' }, 'Add variable')),
    note ? h('p', { class: 'notice', role: 'status' }, note) : null,
    h(ErrorNote, { error: (error && !['key', 'value'].includes(error.field) ? error : null) ?? vars.error }),
    vars.items === null && !vars.error ? h(Loading, null) : null,
    vars.items?.length === 0 ? h(Empty, { title: 'No variables' }, 'Add API tokens and settings here instead of writing them in code.') : null,
    vars.items?.length ? h('table', { class: 'list' },
      h('thead', null, h('tr', null, ['Key', 'Value', 'Updated', ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, vars.items.map((v) => h('tr', { key: v.id },
        h('td', { 'data-label': 'Key' }, h('code', null, v.key)),
        h('td', { 'data-label': 'Value' }, replacing?.id === v.id
          ? h('form', { class: 'inline-form', onSubmit: replace, 'aria-label': `Replace the value of ${v.key}` },
            h(Field, { label: `New value of ${v.key}`, id: 'env-new-value', type: v.secret ? 'password' : 'text', autocomplete: 'off',
              autofocus: true, value: replacing.value, error: replacing.error,
              onInput: (e) => setReplacing({ ...replacing, value: e.currentTarget.value }) }),
            h(Button, { type: 'submit', kind: 'primary' }, 'Save'), h(Button, { onClick: () => setReplacing(null) }, 'Cancel'))
          : v.secret ? h('span', { class: 'muted' }, 'secret') : h('code', null, v.value)),
        h('td', { 'data-label': 'Updated' }, h(Time, { value: v.updated_at })),
        h('td', null, h('div', { class: 'actions' },
          h(Button, { onClick: () => { setNote(null); setReplacing({ id: v.id, key: v.key, value: '' }); }, 'aria-label': `Replace the value of ${v.key}` }, 'Replace value'),
          h(Button, { kind: 'danger', onClick: () => remove(v.id), 'aria-label': `Delete ${v.key}` }, 'Delete'))))))) : null,
    h(LoadMore, { list: vars, what: 'variables' }));
}
