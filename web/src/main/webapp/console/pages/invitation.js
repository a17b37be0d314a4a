// An invitation's link opened in the browser (/invitations/{token}): what it invites to, then "Join" for a
// signed-in person, or a new account made here (which signs in), or a sign-in that comes back here.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../lib/api.js';
import { navigate } from '../lib/router.js';
import { chooseWorkspace, restore, signedIn } from '../lib/session.js';
import { Button, ErrorNote, Field, Loading, Time } from '../lib/ui.js';

function joined(data) {
  chooseWorkspace(data.workspace.id);
  navigate('/workflows', { replace: true });
}

function NewAccount({ token, invitation }) {
  const [form, setForm] = useState({ username: '', password: '', email: '' });
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const bind = (name) => ({ value: form[name], onInput: (e) => setForm({ ...form, [name]: e.currentTarget.value }) });
  const fieldError = (name) => (error?.field === name ? error : null);
  const byLink = invitation.kind === 'link';
  const submit = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body = { username: form.username, password: form.password };
    if (byLink) body.email = form.email;
    try {
      const data = (await api(`/invitations/${token}/accept`, { method: 'POST', body })).data;
      signedIn(data);
      joined(data);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return h('form', { onSubmit: submit, 'aria-label': 'Create your account', novalidate: true },
    h('h2', null, 'New to Millrace? Create your account'),
    h(Field, { label: 'Username', id: 'new-username', autocomplete: 'username', required: true, error: fieldError('username'), ...bind('username') }),
    h(Field, { label: 'Password', id: 'new-password', type: 'password', autocomplete: 'new-password', required: true,
      hint: 'At least 12 characters.', error: fieldError('password'), ...bind('password') }),
    byLink ? h(Field, { label: 'Email', id: 'new-email', type: 'email', autocomplete: 'email', required: true,
      hint: 'An address at ' + invitation.allowed_domains.join(' or '), error: fieldError('email'), ...bind('email') }) : null,
    h(ErrorNote, { error: error && !['username', 'password', 'email'].includes(error.field) ? error : null }),
    h(Button, { type: 'submit', kind: 'primary', busy }, busy ? 'Joining…' : 'Create account and join'));
}

function Join({ token, invitation, session }) {
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const join = async () => {
    setBusy(true);
    setError(null);
    try {
      const data = (await api(`/invitations/${token}/accept`, { method: 'POST' })).data;
      await restore();
      joined(data);
    } catch (err) {
      setError(err.status === 409 ? { message: 'You are a member of this workspace already.' } : err);
    } finally {
      setBusy(false);
    }
  };
  return h('div', null,
    h('p', null, 'Signed in as ', h('strong', null, session.user.username), '.'),
    h(ErrorNote, { error }),
    h(Button, { kind: 'primary', busy, onClick: join }, `Join ${invitation.workspace.name}`));
}

export function Invitation({ token, session }) {
  const [invitation, setInvitation] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => { document.title = 'Invitation · Millrace'; api(`/invitations/${token}`).then((r) => setInvitation(r.data), setError); }, [token]);
  const next = '/sign-in?next=' + encodeURIComponent('/invitations/' + token);
  return h('main', { class: 'signin invitation', id: 'main' },
    error?.status === 404 ? [h('h1', null, 'This invitation cannot be used'),
      h('p', { role: 'alert' }, 'It may have expired, been revoked or been used already. Ask the person who invited you for a new one.'),
      h('a', { href: '/workflows' }, 'Go to Millrace')] : h(ErrorNote, { error }),
    !invitation && !error ? h(Loading, { what: 'Loading the invitation' }) : null,
    invitation ? [
      h('h1', null, `Join ${invitation.workspace.name}`),
      h('p', null, 'You are invited to the workspace ', h('strong', null, invitation.workspace.name), ' as ',
        h('strong', { class: 'invited-role' }, invitation.role), '.'),
      h('p', { class: 'muted' }, invitation.kind === 'email' ? `Sent to ${invitation.email}. ` : `For addresses at ${invitation.allowed_domains.join(', ')}. `,
        'Expires ', h(Time, { value: invitation.expires_at }), '.'),
      session.status === 'signed-in' ? h(Join, { token, invitation, session }) : [
        h(NewAccount, { token, invitation }),
        h('p', { class: 'muted' }, 'Already have an account? ', h('a', { href: next }, 'Sign in to join'))],
    ] : null);
}
