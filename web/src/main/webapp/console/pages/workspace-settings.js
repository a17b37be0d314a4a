// The workspace's own settings (admins and the owner change them): name, required two-factor authentication, the
// login methods with the company's SSO domains, and where error notifications go. GET and PUT /v1/workspaces/{id}.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, workspace } from '../lib/api.js';
import { Button, ErrorNote, Field, Header, Loading } from '../lib/ui.js';

const METHODS = [
  ['any', 'Any method: password or single sign-on'],
  ['sso_only', 'Single sign-on only (the owner keeps the password)'],
  ['sso_with_guests', 'Single sign-on; password only for guests outside the SSO domains'],
];
const list = (text) => text.split(/[\s,]+/).map((x) => x.trim()).filter(Boolean);

function formOf(w) {
  return { name: w.name, require_two_factor: !!w.require_two_factor, login_methods: w.login_methods ?? 'any',
    sso_domains: (w.sso_domains ?? []).join(', '), notification_emails: (w.notification_emails ?? []).join(', '),
    notification_webhook_url: w.notification_webhook_url ?? '' };
}

export function WorkspaceSettings({ session }) {
  const org = workspace();
  const [form, setForm] = useState(null);
  const [loadError, setLoadError] = useState(null);
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState(null);
  const [busy, setBusy] = useState(false);
  const role = session.user.orgs.find((o) => o.id === org)?.role;
  const admin = role === 'owner' || role === 'admin';
  useEffect(() => { api(`/v1/workspaces/${org}`).then((r) => setForm(formOf(r.data)), setLoadError); }, [org]);

  const save = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const body = { name: form.name, require_two_factor: form.require_two_factor, login_methods: form.login_methods,
        sso_domains: list(form.sso_domains), notification_emails: list(form.notification_emails),
        notification_webhook_url: form.notification_webhook_url.trim() || null };
      setForm(formOf((await api(`/v1/workspaces/${org}`, { method: 'PUT', body })).data));
      setNotice('Settings saved.');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const bind = (name) => ({ value: form[name], disabled: !admin, onInput: (e) => setForm({ ...form, [name]: e.currentTarget.value }) });
  const fieldError = (name) => (error?.field === name || error?.field?.startsWith(name + '[') ? error : null);
  const named = ['name', 'login_methods', 'sso_domains', 'notification_emails', 'notification_webhook_url'];

  if (loadError) return h(ErrorNote, { error: loadError });
  if (!form) return h(Loading, { what: 'Loading the workspace' });
  return h('section', null, h(Header, { title: 'Workspace settings' }),
    admin ? null : h('p', { class: 'muted' }, 'Only admins and the owner change these settings.'),
    notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
    h('form', { onSubmit: save, 'aria-label': 'Workspace settings', novalidate: true },
      h(Field, { label: 'Name', id: 'ws-name', required: true, error: fieldError('name'), ...bind('name') }),
      h('fieldset', { class: 'settings' }, h('legend', null, 'Sign-in'),
        h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: form.require_two_factor, disabled: !admin,
          onChange: (e) => setForm({ ...form, require_two_factor: e.currentTarget.checked }) }),
          ' Require two-factor authentication (members with a password and no 2FA must enrol)'),
        h(Field, { label: 'Login methods', id: 'ws-login-methods', error: fieldError('login_methods') },
          h('select', { id: 'ws-login-methods', value: form.login_methods, disabled: !admin,
            onChange: (e) => setForm({ ...form, login_methods: e.currentTarget.value }) },
            METHODS.map(([value, label]) => h('option', { key: value, value }, label)))),
        h(Field, { label: 'SSO domains', id: 'ws-sso-domains', hint: 'The company\'s email domains, comma-separated (example.com)',
          error: fieldError('sso_domains'), ...bind('sso_domains') })),
      h('fieldset', { class: 'settings' }, h('legend', null, 'Error notifications'),
        h(Field, { label: 'Notification emails', id: 'ws-notification-emails', hint: 'Comma-separated; empty: the owner\'s address',
          error: fieldError('notification_emails'), ...bind('notification_emails') }),
        h(Field, { label: 'Notification webhook URL', id: 'ws-webhook', type: 'url', hint: 'Errors are POSTed here as JSON; empty: none',
          error: fieldError('notification_webhook_url'), ...bind('notification_webhook_url') })),
      h(ErrorNote, { error: error && !named.some((n) => fieldError(n)) ? error : null }),
      admin ? h('div', { class: 'actions bottom' }, h(Button, { type: 'submit', kind: 'primary', busy }, 'Save settings')) : null));
}
