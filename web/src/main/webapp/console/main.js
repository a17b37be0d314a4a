// The console's entry: restores the session, routes the path to its page inside the shell.
import { h, render } from 'preact';
import { useEffect } from 'preact/hooks';
import { match, navigate, useLocation } from './lib/router.js';
import { restore, useSession } from './lib/session.js';
import { Loading, ErrorNote } from './lib/ui.js';
import { Shell } from './components/shell.js';
import { SignIn } from './pages/signin.js';
import { Workflows } from './pages/workflows.js';
import { Projects } from './pages/projects.js';
import { Builder } from './pages/builder.js';
import { Inspector } from './pages/inspector.js';
import { History } from './pages/history.js';
import { DataStores, DataStore } from './pages/datastores.js';
import { FileStores } from './pages/filestores.js';
import { EnvVars } from './pages/envvars.js';
import { Sources, Source } from './pages/sources.js';
import { Members } from './pages/members.js';
import { ApiKeys } from './pages/apikeys.js';
import { AuditLog } from './pages/audit.js';
import { Security } from './pages/security.js';
import { Dashboard } from './pages/dashboard.js';
import { Invitation } from './pages/invitation.js';
import { WorkspaceSettings } from './pages/workspace-settings.js';
import { OAuthClients } from './pages/oauth-clients.js';
import { Accounts } from './pages/accounts.js';

const routes = [
  ['/dashboard', Dashboard],
  ['/workflows', Workflows],
  ['/workflows/new', Builder],
  ['/workflows/:id', Builder],
  ['/workflows/:id/executions', Inspector],
  ['/workflows/:id/executions/:executionId', Inspector],
  ['/projects', Projects],
  ['/history', History],
  ['/data-stores', DataStores],
  ['/data-stores/:id', DataStore],
  ['/file-stores', FileStores],
  ['/accounts', Accounts],
  ['/event-sources', Sources],
  ['/event-sources/:id', Source],
  ['/settings/env-vars', EnvVars],
  ['/settings/members', Members],
  ['/settings/workspace', WorkspaceSettings],
  ['/settings/oauth-clients', OAuthClients],
  ['/settings/api-keys', ApiKeys],
  ['/settings/audit-log', AuditLog],
  ['/settings/security', Security],
];

function NotFound() {
  return h('div', { class: 'empty' }, h('h1', null, 'Page not found'), h('a', { href: '/workflows' }, 'Go to your workflows'));
}

function App() {
  const session = useSession();
  const { path, query } = useLocation();
  useEffect(() => { restore(); }, []);
  const invitation = path.startsWith('/invitations/') ? path.slice('/invitations/'.length) : null;
  useEffect(() => {
    if (session.status === 'signed-out' && path !== '/sign-in' && !invitation) {
      navigate(session.byUser ? '/sign-in' : '/sign-in?next=' + encodeURIComponent(path + location.search), { replace: true });
    } else if (session.status === 'signed-in' && (path === '/' || path === '/sign-in')) {
      navigate(query.get('next') || '/workflows', { replace: true });
    }
  }, [session.status, path]);

  if (session.status === 'loading') return h(Loading, { what: 'Loading Millrace' });
  if (session.status === 'error') return h(ErrorNote, { error: session.error });
  if (invitation) return h(Invitation, { token: invitation, session }); // signed in or not
  if (session.status === 'signed-out') return h(SignIn, { expired: session.expired });
  const found = match(routes, path);
  const Page = found?.page ?? NotFound;
  return h(Shell, { session, path },
    h(Page, { key: [session.workspace, Page.name, found?.params.id].join(' '), params: found?.params ?? {}, query, session }));
}

render(h(App), document.getElementById('app'));
