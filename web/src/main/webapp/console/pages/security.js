// The signed-in user's security: two-factor authentication (enrol, confirm, turn off), password, sessions.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../lib/api.js';
import { restore } from '../lib/session.js';
import { useList } from '../lib/use-list.js';
import { Button, CopyButton, ErrorNote, Field, Header, Loading, Time } from '../lib/ui.js';

function TwoFactor() {
  const me = useList(async () => (await api('/v1/users/me')).data);
  const [enrolment, setEnrolment] = useState(null);
  const [codes, setCodes] = useState(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState(null);
  const run = async (fn) => { setError(null); try { await fn(); } catch (e) { setError(e); } };
  const start = () => run(async () => setEnrolment((await api('/v1/users/me/2fa', { method: 'POST' })).data));
  const confirm = (e) => { e.preventDefault(); run(async () => {
    setCodes((await api('/v1/users/me/2fa/confirm', { method: 'POST', body: { code } })).data.recovery_codes);
    setEnrolment(null); setCode(''); me.reload(); restore();
  }); };
  const turnOff = (e) => { e.preventDefault(); run(async () => {
    await api('/v1/users/me/2fa', { method: 'DELETE', body: { password } }); setPassword(''); me.reload();
  }); };
  const err = (f) => (error?.field === f ? error : null);
  if (!me.items) return me.error ? h(ErrorNote, { error: me.error }) : h(Loading, null);
  const enabled = me.items.two_factor_enabled;
  return h('section', { class: 'card', 'aria-labelledby': 'twofa-title' }, h('h2', { id: 'twofa-title' }, 'Two-factor authentication'),
    h('p', null, enabled ? 'On: signing in asks for a code from your authenticator app.' : 'Off: signing in needs your password only.'),
    codes ? h('div', { class: 'notice', role: 'status' }, h('p', null, 'Recovery codes (shown only now; each works once instead of a code):'),
      h('pre', null, codes.join('\n')), h(CopyButton, { text: codes.join('\n'), label: 'Copy codes' })) : null,
    !enabled && !enrolment ? h(Button, { kind: 'primary', onClick: start }, 'Turn on two-factor authentication') : null,
    enrolment ? h('form', { onSubmit: confirm, 'aria-label': 'Confirm two-factor authentication' },
      h('p', null, 'Add this key to your authenticator app, then type the code it shows.'),
      h('p', null, h('code', null, enrolment.secret), ' ', h(CopyButton, { text: enrolment.secret, label: 'Copy key' }), ' ',
        h(CopyButton, { text: enrolment.otpauth_uri, label: 'Copy otpauth URI' })),
      h(Field, { label: 'Code', id: 'twofa-code', inputmode: 'numeric', autocomplete: 'one-time-code', value: code, error: err('code'), onInput: (e) => setCode(e.currentTarget.value) }),
      h(Button, { type: 'submit', kind: 'primary' }, 'Confirm')) : null,
    enabled ? h('form', { class: 'inline-form', onSubmit: turnOff, 'aria-label': 'Turn off two-factor authentication' },
      h(Field, { label: 'Password', id: 'twofa-password', type: 'password', autocomplete: 'current-password', value: password, error: err('password'), onInput: (e) => setPassword(e.currentTarget.value) }),
      h(Button, { type: 'submit', kind: 'danger' }, 'Turn off')) : null,
    h(ErrorNote, { error: error && !['code', 'password'].includes(error.field) ? error : null }));
}

function Password() {
  const [form, setForm] = useState({ current_password: '', password: '' });
  const [error, setError] = useState(null);
  const [done, setDone] = useState(false);
  const save = async (e) => {
    e.preventDefault();
    setError(null);
    setDone(false);
    try { await api('/v1/users/me/password', { method: 'PUT', body: form }); setForm({ current_password: '', password: '' }); setDone(true); } catch (err) { setError(err); }
  };
  const bind = (name) => ({ value: form[name], error: error?.field === name ? error : null, onInput: (e) => setForm({ ...form, [name]: e.currentTarget.value }) });
  return h('form', { class: 'card', onSubmit: save, 'aria-labelledby': 'password-title' }, h('h2', { id: 'password-title' }, 'Password'),
    h(Field, { label: 'Current password', id: 'current-password', type: 'password', autocomplete: 'current-password', ...bind('current_password') }),
    h(Field, { label: 'New password', id: 'new-password', type: 'password', autocomplete: 'new-password', hint: '12 to 128 characters', ...bind('password') }),
    h(Button, { type: 'submit', kind: 'primary' }, 'Change password'),
    done ? h('p', { class: 'notice', role: 'status' }, 'Password changed; your other sessions were signed out.') : null,
    h(ErrorNote, { error: error && !['current_password', 'password'].includes(error.field) ? error : null }));
}

function Sessions() {
  const sessions = useList(async () => (await api('/v1/users/me/sessions')).data);
  const [error, setError] = useState(null);
  const revoke = async (id) => { try { await api(`/v1/users/me/sessions/${id}`, { method: 'DELETE' }); sessions.reload(); } catch (e) { setError(e); } };
  return h('section', { class: 'card', 'aria-labelledby': 'sessions-title' }, h('h2', { id: 'sessions-title' }, 'Signed-in browsers'),
    h(ErrorNote, { error: error ?? sessions.error }),
    sessions.items ? h('ul', { class: 'plain' }, sessions.items.map((s) => h('li', { key: s.id },
      s.current ? h('strong', null, 'This browser') : s.user_agent ?? s.id, ' · ', s.ip_address ?? '', ' · last seen ', h(Time, { value: s.last_seen_at }), ' ',
      s.current ? null : h(Button, { kind: 'danger', onClick: () => revoke(s.id), 'aria-label': `Sign out session ${s.id}` }, 'Sign out')))) : h(Loading, null));
}

export function Security() {
  return h('section', null, h(Header, { title: 'Security' }), h(TwoFactor), h(Password), h(Sessions));
}
