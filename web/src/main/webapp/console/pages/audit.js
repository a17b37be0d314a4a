// The workspace's audit log (admins), newest first, a page at a time.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { page, workspace } from '../lib/api.js';
import { JsonView } from '../lib/json-view.js';
import { Button, Empty, ErrorNote, Header, Loading, Time } from '../lib/ui.js';

export function AuditLog() {
  const [cursor, setCursor] = useState({});
  const [result, setResult] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => { page(`/v1/workspaces/${workspace()}/audit_log`, { limit: 50 }, cursor).then(setResult, setError); }, [cursor]);
  const items = result?.items ?? [];
  return h('section', null, h(Header, { title: 'Audit log' }),
    h(ErrorNote, { error: error?.status === 403 ? { message: 'Only the workspace\'s admins and owner can read its audit log.' } : error }),
    result === null && !error ? h(Loading, null) : null,
    result && items.length === 0 ? h(Empty, { title: 'Nothing recorded yet' }, 'Changes to workflows, keys, members and settings appear here.') : null,
    items.length ? h('table', { class: 'list' },
      h('thead', null, h('tr', null, ['When', 'Who', 'Action', 'Target', 'Details'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, items.map((a) => h('tr', { key: a.id },
        h('td', { 'data-label': 'When' }, h(Time, { value: a.occurred_at })),
        h('td', { 'data-label': 'Who' }, a.actor?.name ?? a.actor?.type),
        h('td', { 'data-label': 'Action' }, h('code', null, a.action)),
        h('td', { 'data-label': 'Target' }, a.target ? `${a.target.type} ${a.target.id ?? ''}` : ''),
        h('td', { 'data-label': 'Details' }, a.details ? h(JsonView, { value: a.details, open: 0, label: 'Details' }) : ''))))) : null,
    result ? h('nav', { class: 'pager', 'aria-label': 'Pages' },
      h(Button, { disabled: !cursor.after, onClick: () => setCursor({}) }, 'Newest'),
      h(Button, { disabled: items.length < 50, onClick: () => setCursor({ after: result.pageInfo.end_cursor }) }, 'Older')) : null);
}
