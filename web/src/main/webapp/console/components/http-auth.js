// An HTTP trigger's authorization in the builder: public, a custom token (Authorization: Bearer <token>), or an
// access token of one of the workspace's OAuth clients. The token is only ever sent: the API keeps its SHA-256 and
// shows the type alone, so an empty token field keeps the current one.
import { h } from 'preact';
import { Field } from '../lib/ui.js';

const TYPES = [
  { value: 'none', label: 'None: anyone with the URL' },
  { value: 'custom_token', label: 'Custom token (Authorization: Bearer …)' },
  { value: 'oauth', label: 'OAuth: an access token of a workspace OAuth client' },
];

/** The builder's starting state for each HTTP trigger of the workflow (or the one a new workflow gets). */
export function authDraft(httpTriggers) {
  return httpTriggers.map((t) => ({ type: t.auth?.type ?? 'none', token: '', was: t.auth?.type ?? 'none' }));
}

/** Whether the person changed any trigger's authorization. */
export function authChanged(auth) {
  return auth.some((a) => a.type !== a.was || (a.type === 'custom_token' && a.token !== ''));
}

function authBody(a) {
  if (a.type === 'none') return null;
  if (a.type === 'custom_token') return a.token ? { type: 'custom_token', token: a.token } : { type: 'custom_token' };
  return { type: 'oauth' };
}

/**
 * The triggers of a PUT (or a POST for a new workflow): the HTTP triggers first, in their order (so an error's
 * triggers[i] is HTTP trigger i), each with its authorization; the others as the API showed them.
 */
export function triggersBody(triggers, auth) {
  const http = triggers.filter((t) => t.type === 'http');
  const out = (http.length ? http : [{ type: 'http' }]).map((t, i) => {
    const body = authBody(auth[i] ?? { type: 'none' });
    return body ? { type: 'http', auth: body } : { type: 'http' };
  });
  for (const t of triggers) {
    if (t.type === 'email') out.push({ type: 'email' });
    else if (t.type === 'source') out.push({ type: 'source', source_id: t.source_id });
    else if (t.type === 'schedule') {
      const s = { type: 'schedule' };
      for (const f of ['cron', 'timezone', 'interval_seconds']) if (t[f] !== undefined && t[f] !== null) s[f] = t[f];
      out.push(s);
    }
  }
  return out;
}

/** The authorization fields of HTTP trigger `index`; an error naming triggers[index].auth.* is shown under its field. */
export function HttpAuth({ index, value, error, onChange }) {
  const prefix = `triggers[${index}].auth`;
  const typeError = error?.field === prefix + '.type' || error?.field === prefix ? error : null;
  const tokenError = error?.field === prefix + '.token' ? error : null;
  const id = `http-auth-${index}`;
  return h('div', { class: 'http-auth' },
    h(Field, { label: 'Authorization', id: id + '-type', error: typeError },
      h('select', { id: id + '-type', value: value.type, onChange: (e) => onChange({ ...value, type: e.currentTarget.value }) },
        TYPES.map((t) => h('option', { key: t.value, value: t.value }, t.label)))),
    value.type === 'custom_token' ? h(Field, { label: 'Token', id: id + '-token', type: 'password', autocomplete: 'new-password',
      value: value.token, error: tokenError,
      hint: value.was === 'custom_token' ? 'Kept unless you type a new one (8–512 characters, no spaces); never shown again.'
        : '8–512 printable characters, no spaces; requests send it as Authorization: Bearer <token>. Never shown again.',
      onInput: (e) => onChange({ ...value, token: e.currentTarget.value }) }) : null,
    value.type === 'oauth' ? h('p', { class: 'muted' }, 'Requests need an access token from POST /v1/oauth/token with a client of Settings → OAuth clients.') : null,
    value.type !== value.was || value.token ? h('p', { class: 'muted' }, 'Takes effect when you deploy.') : null);
}
