// Sign-in: password (with the 2FA code when the server asks for it), LDAP when offered, SSO buttons from
// GET /login/methods (password only when that endpoint does not exist); an SSO button comes back to ?next=.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../lib/api.js';
import { signedIn } from '../lib/session.js';
import { Button, ErrorNote, Field } from '../lib/ui.js';

const SSO_LABELS = { oidc: 'Sign in with OpenID Connect', saml: 'Sign in with SAML' };

async function loginMethods() {
  try {
    return (await api('/login/methods')).data.methods;
  } catch (e) {
    if (e.status === 404) return [{ method: 'password' }];
    throw e;
  }
}

/**
 * An SSO button's URL: with the page to come back to (?next=, e.g. the invitation being accepted) as return_to,
 * which the server keeps through the provider's round trip and redirects to afterwards.
 */
export function ssoUrl(loginUrl, next = new URLSearchParams(location.search).get('next')) {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return loginUrl;
  return loginUrl + (loginUrl.includes('?') ? '&' : '?') + 'return_to=' + encodeURIComponent(next);
}

export function SignIn({ expired }) {
  const [methods, setMethods] = useState(null);
  const [method, setMethod] = useState('password');
  const [form, setForm] = useState({ username: '', password: '', code: '' });
  const [needCode, setNeedCode] = useState(false);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    loginMethods().then((m) => {
      setMethods(m);
      if (!m.some((x) => x.method === 'password') && m.some((x) => x.method === 'ldap')) setMethod('ldap');
    }, (e) => { setMethods([{ method: 'password' }]); setError(e); });
  }, []);
  useEffect(() => { if (needCode) document.getElementById('code')?.focus(); }, [needCode]);

  const submit = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body = { username: form.username, password: form.password, method };
    if (needCode) body.code = form.code;
    try {
      signedIn((await api('/login', { method: 'POST', body })).data);
    } catch (err) {
      if (err.status === 401 && err.field === 'code' && !needCode) {
        setNeedCode(true);
      } else {
        setError(err);
      }
    } finally {
      setBusy(false);
    }
  };
  const bind = (name) => ({ value: form[name], onInput: (e) => setForm({ ...form, [name]: e.currentTarget.value }) });
  const fieldError = (name) => (error?.field === name ? error : null);
  const typed = (methods ?? []).filter((m) => m.method === 'password' || m.method === 'ldap');
  const sso = (methods ?? []).filter((m) => m.login_url);

  return h('main', { class: 'signin', id: 'main' },
    h('h1', null, 'Sign in to Millrace'),
    expired ? h('p', { class: 'notice', role: 'status' }, 'Your session ended. Sign in again.') : null,
    methods === null ? h('p', { class: 'muted', role: 'status' }, 'Loading…') : null,
    typed.length > 0 ? h('form', { onSubmit: submit, 'aria-label': 'Sign in', novalidate: true },
      typed.length > 1 ? h('fieldset', { class: 'methods' }, h('legend', null, 'Check my password with'),
        typed.map((m) => h('label', { key: m.method }, h('input', { type: 'radio', name: 'method', value: m.method,
          checked: method === m.method, onChange: () => setMethod(m.method) }), m.method === 'ldap' ? ' the directory (LDAP)' : ' Millrace'))) : null,
      h(Field, { label: 'Username', id: 'username', name: 'username', autocomplete: 'username', required: true, autofocus: true,
        error: fieldError('username'), ...bind('username') }),
      h(Field, { label: 'Password', id: 'password', name: 'password', type: 'password', autocomplete: 'current-password',
        required: true, error: fieldError('password'), ...bind('password') }),
      needCode ? h(Field, { label: 'Two-factor code', id: 'code', name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code',
        hint: 'The 6-digit code from your authenticator app, or a recovery code.', error: fieldError('code'),
        ...bind('code') }) : null,
      h(ErrorNote, { error: error && !['username', 'password', 'code'].includes(error.field) ? error : null }),
      h(Button, { type: 'submit', kind: 'primary', busy }, busy ? 'Signing in…' : 'Sign in')) : null,
    sso.length > 0 ? h('div', { class: 'sso' }, typed.length > 0 ? h('p', { class: 'muted' }, 'or') : null,
      sso.map((m) => h('a', { key: m.method, class: 'btn', href: ssoUrl(m.login_url) }, SSO_LABELS[m.method] ?? 'Sign in with ' + m.method))) : null);
}
