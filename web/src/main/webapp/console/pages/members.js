// The workspace's members (roles changed, members removed), pending invitations by email and invite links.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { api, workspace } from '../lib/api.js';
import { useList } from '../lib/use-list.js';
import { Button, Empty, ErrorNote, Field, Header, Loading, Time } from '../lib/ui.js';
import { InviteLinks } from '../components/invite-links.js';

export function Members({ session }) {
  const org = workspace();
  const members = useList(async () => (await api(`/v1/workspaces/${org}/members`)).data);
  const invitations = useList(async () => (await api(`/v1/workspaces/${org}/invitations`)).data);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('member');
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState(null);
  const myRole = session.user.orgs.find((o) => o.id === org)?.role;
  const admin = myRole === 'owner' || myRole === 'admin';
  const run = async (fn, done) => {
    setError(null);
    setNotice(null);
    try { await fn(); members.reload(); invitations.reload(); if (done) setNotice(done); } catch (e) { setError(e); }
  };
  const changeRole = (m, role) => run(() => api(`/v1/workspaces/${org}/members/${m.id}`, { method: 'PUT', body: { role } }),
    `${m.username} is now ${role}.`);
  const remove = (m) => {
    if (!confirm(`Remove ${m.username} from this workspace? They lose access to its workflows at once.`)) return;
    run(() => api(`/v1/workspaces/${org}/members/${m.id}`, { method: 'DELETE' }), `${m.username} was removed from the workspace.`);
  };
  const invite = (e) => { e.preventDefault(); run(async () => { await api(`/v1/workspaces/${org}/invitations`, { method: 'POST', body: { email, role } }); setEmail(''); }); };

  return h('section', null, h(Header, { title: 'Members' }),
    notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
    h(ErrorNote, { error: error && !['email', 'role'].includes(error.field) ? error : members.error }),
    members.items === null && !members.error ? h(Loading, null) : null,
    members.items?.length ? h('table', { class: 'list' },
      h('thead', null, h('tr', null, ['User', 'Email', 'Role', 'Joined', ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, members.items.map((m) => h('tr', { key: m.id },
        h('td', { 'data-label': 'User' }, m.username), h('td', { 'data-label': 'Email' }, m.email ?? '—'),
        h('td', { 'data-label': 'Role' }, admin && m.role !== 'owner'
          ? h('select', { value: m.role, 'aria-label': `Role of ${m.username}`, onChange: (e) => changeRole(m, e.currentTarget.value) },
            h('option', { value: 'member' }, 'member'), h('option', { value: 'admin' }, 'admin'))
          : m.role),
        h('td', { 'data-label': 'Joined' }, h(Time, { value: m.joined_at })),
        h('td', null, admin && m.role !== 'owner' ? h(Button, { kind: 'danger', 'aria-label': `Remove ${m.username}`,
          onClick: () => remove(m) }, 'Remove') : null))))) : null,
    admin ? [h('h2', null, 'Invitations'),
      h('form', { class: 'inline-form', onSubmit: invite, 'aria-label': 'Invite someone' },
        h(Field, { label: 'Email', id: 'invite-email', type: 'email', value: email, error: error?.field === 'email' ? error : null, onInput: (e) => setEmail(e.currentTarget.value) }),
        h(Field, { label: 'Role', id: 'invite-role', error: error?.field === 'role' ? error : null },
          h('select', { id: 'invite-role', value: role, onChange: (e) => setRole(e.currentTarget.value) }, h('option', { value: 'member' }, 'member'), h('option', { value: 'admin' }, 'admin'))),
        h(Button, { type: 'submit', kind: 'primary' }, 'Send invitation')),
      h(ErrorNote, { error: invitations.error }),
      invitations.items?.length === 0 ? h(Empty, { title: 'No pending invitations' }, 'Invite a colleague by email above.') : null,
      invitations.items?.length ? h('ul', { class: 'plain' }, invitations.items.map((i) => h('li', { key: i.id },
        `${i.email} (${i.role}), expires `, h(Time, { value: i.expires_at }), ' ',
        h(Button, { kind: 'danger', onClick: () => run(() => api(`/v1/workspaces/${org}/invitations/${i.id}`, { method: 'DELETE' })) }, 'Revoke')))) : null,
      h(InviteLinks, { org })]
      : h('p', { class: 'muted' }, 'Only admins and the owner manage members and invitations.'));
}
