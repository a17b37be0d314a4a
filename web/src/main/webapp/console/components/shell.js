// The frame of every signed-in page: navigation, the workspace switcher and sign-out.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { Link } from '../lib/router.js';
import { chooseWorkspace, signOut } from '../lib/session.js';

const NAV = [
  ['/dashboard', 'Dashboard'],
  ['/workflows', 'Workflows'],
  ['/projects', 'Projects'],
  ['/history', 'Event history'],
  ['/event-sources', 'Sources'],
  ['/data-stores', 'Data stores'],
  ['/file-stores', 'File stores'],
  ['/accounts', 'Accounts'],
  ['/settings/env-vars', 'Environment variables'],
  ['/settings/members', 'Members'],
  ['/settings/workspace', 'Workspace settings'],
  ['/settings/oauth-clients', 'OAuth clients'],
  ['/settings/api-keys', 'API keys'],
  ['/settings/audit-log', 'Audit log'],
  ['/settings/security', 'Security'],
];

function WorkspaceSwitcher({ session }) {
  const orgs = session.user.orgs ?? [];
  return h('label', { class: 'switcher' }, h('span', { class: 'visually-hidden' }, 'Workspace'),
    h('select', { value: session.workspace, onChange: (e) => chooseWorkspace(e.currentTarget.value), 'aria-label': 'Workspace' },
      orgs.map((o) => h('option', { key: o.id, value: o.id }, `${o.name} (${o.role})`))));
}

export function Shell({ session, path, children }) {
  const [menuOpen, setMenuOpen] = useState(false);
  return h('div', { class: 'shell' },
    h('a', { class: 'skip', href: '#main' }, 'Skip to content'),
    h('header', { class: 'topbar' },
      h(Link, { href: '/workflows', class: 'brand' }, 'Millrace'),
      h('button', { type: 'button', class: 'btn menu-toggle', 'aria-expanded': String(menuOpen), 'aria-controls': 'nav',
        onClick: () => setMenuOpen(!menuOpen) }, 'Menu'),
      h(WorkspaceSwitcher, { session }),
      h('span', { class: 'user', title: 'Signed in as ' + session.user.username }, session.user.username),
      h('button', { type: 'button', class: 'btn', onClick: () => signOut() }, 'Sign out')),
    h('nav', { id: 'nav', class: 'sidenav' + (menuOpen ? ' open' : ''), 'aria-label': 'Main' },
      h('ul', null, NAV.map(([href, label]) => h('li', { key: href },
        h(Link, { href, 'aria-current': path === href || path.startsWith(href + '/') ? 'page' : undefined,
          onClick: () => setMenuOpen(false) }, label))))),
    h('main', { id: 'main', tabindex: '-1' },
      session.enrolmentRequired ? h('p', { class: 'notice', role: 'status' }, 'Your workspace requires two-factor authentication: ',
        h(Link, { href: '/settings/security' }, 'turn it on'), ' to use the rest of Millrace.') : null,
      children));
}
