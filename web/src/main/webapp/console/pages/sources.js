// Sources of the workspace, and one source's events arriving live over SSE.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { all, api, workspace } from '../lib/api.js';
import { subscribe } from '../lib/sse.js';
import { JsonView } from '../lib/json-view.js';
import { Link } from '../lib/router.js';
import { useList } from '../lib/use-list.js';
import { CopyButton, Empty, ErrorNote, Header, Loading, Time } from '../lib/ui.js';

export function Sources() {
  const sources = useList(() => all(`/v1/orgs/${workspace()}/sources`));
  return h('section', null, h(Header, { title: 'Sources' }),
    h(ErrorNote, { error: sources.error }),
    sources.items === null && !sources.error ? h(Loading, null) : null,
    sources.items?.length === 0 ? h(Empty, { title: 'No sources yet' }, 'Create one with POST /v1/sources (see the README\'s tour); its events then show here live.') : null,
    sources.items?.length ? h('table', { class: 'list' },
      h('thead', null, h('tr', null, ['Name', 'Active', 'Created'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, sources.items.map((s) => h('tr', { key: s.id },
        h('td', { 'data-label': 'Name' }, h(Link, { href: `/event-sources/${s.id}` }, s.name)),
        h('td', { 'data-label': 'Active' }, s.active ? 'yes' : 'no'),
        h('td', { 'data-label': 'Created' }, h(Time, { value: s.created_at })))))) : null);
}

export function Source({ params }) {
  const [source, setSource] = useState(null);
  const [events, setEvents] = useState([]);
  const [error, setError] = useState(null);
  const [live, setLive] = useState('connecting');
  useEffect(() => {
    api(`/v1/sources/${params.id}`).then((r) => setSource(r.data), setError);
    return subscribe(`/v1/sources/${params.id}/sse`, {
      message: (e) => setEvents((list) => [e, ...list].slice(0, 200)),
    }, setLive);
  }, []);
  return h('section', null, h(Header, { title: source ? source.name : 'Source' },
    h('span', { class: 'live live-' + (live === 'open' ? 'live' : live), role: 'status' }, live === 'open' ? 'Live' : 'Connecting…')),
    h(ErrorNote, { error }),
    source?.endpoint_url ? h('p', null, 'Endpoint ', h('code', null, source.endpoint_url), ' ', h(CopyButton, { text: source.endpoint_url, label: 'Copy URL' })) : null,
    events.length === 0 ? h(Empty, { title: 'No events yet' }, 'Events the source emits appear here as they happen.') : null,
    h('ol', { class: 'plain events' }, events.map((e) => h('li', { key: e.id ?? JSON.stringify(e) },
      h(Time, { value: e.indexed_at_ms }), h(JsonView, { value: e.event ?? e, open: 1, label: 'Event' })))));
}
