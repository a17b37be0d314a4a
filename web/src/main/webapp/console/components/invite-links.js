// A workspace's invite links (admins and the owner): made for people of some email domains with a role, the link
// shown once with a copy button, the open ones listed and revoked.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../lib/api.js';
import { useList } from '../lib/use-list.js';
import { Button, CopyButton, ErrorNote, Field, Time } from '../lib/ui.js';

export function InviteLinks({ org }) {
  const links = useList(async () => (await api(`/v1/workspaces/${org}/invite_links`)).data);
  const [domains, setDomains] = useState('');
  const [role, setRole] = useState('member');
  const [made, setMade] = useState(null);
  const [error, setError] = useState(null);
  const create = async (e) => {
    e.preventDefault();
    setError(null);
    try {
      const body = { allowed_domains: domains.split(/[\s,]+/).filter(Boolean), role };
      setMade((await api(`/v1/workspaces/${org}/invite_links`, { method: 'POST', body })).data);
      setDomains('');
      links.reload();
    } catch (err) {
      setError(err);
    }
  };
  const revoke = async (l) => {
    setError(null);
    try { await api(`/v1/workspaces/${org}/invite_links/${l.id}`, { method: 'DELETE' }); setMade(null); links.reload(); } catch (err) { setError(err); }
  };
  const fieldError = (name) => (error?.field === name || error?.field?.startsWith(name + '[') ? error : null);
  return h('section', { 'aria-labelledby': 'invite-links-title' },
    h('h2', { id: 'invite-links-title' }, 'Invite links'),
    h('p', { class: 'muted' }, 'Anyone with the link and an email address at one of its domains can join until it expires.'),
    made ? h('div', { class: 'notice invite-link-url', role: 'status' }, 'Share this link now, it is shown only once: ',
      h('code', null, made.url), ' ', h(CopyButton, { text: made.url, label: 'Copy link' })) : null,
    h('form', { class: 'inline-form', onSubmit: create, 'aria-label': 'New invite link' },
      h(Field, { label: 'Allowed email domains', id: 'link-domains', value: domains, placeholder: 'example.com',
        error: fieldError('allowed_domains'), onInput: (e) => setDomains(e.currentTarget.value) }),
      h(Field, { label: 'Role for the link', id: 'link-role', error: fieldError('role') },
        h('select', { id: 'link-role', value: role, onChange: (e) => setRole(e.currentTarget.value) },
          h('option', { value: 'member' }, 'member'), h('option', { value: 'admin' }, 'admin'))),
      h(Button, { type: 'submit' }, 'Create invite link')),
    h(ErrorNote, { error: error && !fieldError('allowed_domains') && !fieldError('role') ? error : links.error }),
    links.items?.length ? h('ul', { class: 'plain' }, links.items.map((l) => h('li', { key: l.id },
      `${l.allowed_domains.join(', ')} (${l.role}), expires `, h(Time, { value: l.expires_at }), ' ',
      h(Button, { kind: 'danger', 'aria-label': `Revoke the link for ${l.allowed_domains.join(', ')}`, onClick: () => revoke(l) }, 'Revoke')))) : null);
}
