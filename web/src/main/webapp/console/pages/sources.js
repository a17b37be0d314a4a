// Sources of the workspace, and one source's events arriving live over SSE.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, workspace } from '../lib/api.js';
import { subscribe } from '../lib/sse.js';
import { JsonView } from '../lib/json-view.js';
import { Link } from '../lib/router.js';
import { usePagedList } from '../lib/use-list.js';
import { Button, CopyButton, Empty, ErrorNote, Field, Header, LoadMore, Loading, Time } from '../lib/ui.js';
import { PropsForm, initialValues } from '../lib/props-form.js';
import { navigate } from '../lib/router.js';

/** A new source from a registry component, its props filled in a form made from its configurable_props. */
function NewSource() {
  const [query, setQuery] = useState('');
  const [keys, setKeys] = useState(null);
  const [component, setComponent] = useState(null);
  const [values, setValues] = useState({});
  const [name, setName] = useState('');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const search = async (e) => {
    e.preventDefault();
    setError(null);
    try { setKeys((await api('/v1/components/search', { query: { query, limit: 20 } })).sources); } catch (err) { setError(err); }
  };
  const choose = async (key) => {
    setError(null);
    try {
      const c = (await api(`/v1/components/registry/${key}`)).data;
      setComponent({ ...c, key });
      setValues(initialValues(c.configurable_props ?? []));
      setName(key);
    } catch (err) { setError(err); }
  };
  const create = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = (await api('/v1/sources', { method: 'POST', body: { key: component.key, name, configured_props: values } })).data;
      navigate(`/event-sources/${created.id}`);
    } catch (err) { setError(err); } finally { setBusy(false); }
  };
  const fieldError = error?.field && (error.field === 'name' || error.field.startsWith('configured_props.'));
  return h('section', { class: 'card', 'aria-labelledby': 'new-source-title' }, h('h2', { id: 'new-source-title' }, 'New source'),
    h('form', { class: 'inline-form', role: 'search', onSubmit: search, 'aria-label': 'Find a source component' },
      h(Field, { label: 'Find a component', id: 'component-query', value: query, placeholder: 'http, schedule, rss…', onInput: (e) => setQuery(e.currentTarget.value) }),
      h(Button, { type: 'submit' }, 'Search')),
    keys?.length === 0 ? h('p', { class: 'muted' }, 'No source component matches; try "http", "schedule" or "rss".') : null,
    keys?.length ? h('div', { class: 'actions' }, keys.map((k) => h(Button, { key: k, kind: component?.key === k ? 'primary' : 'secondary', onClick: () => choose(k) }, k))) : null,
    component ? h('form', { onSubmit: create, 'aria-label': 'Configure the source' },
      h('p', null, h('strong', null, component.name), component.description ? ' — ' + component.description : ''),
      h(Field, { label: 'Name', id: 'source-name', value: name, error: error?.field === 'name' ? error : null, onInput: (e) => setName(e.currentTarget.value) }),
      h(PropsForm, { props: component.configurable_props ?? [], values, onChange: setValues, error, componentId: component.id }),
      h(Button, { type: 'submit', kind: 'primary', busy }, 'Create source')) : null,
    h(ErrorNote, { error: fieldError ? null : error }));
}

export function Sources() {
  const sources = usePagedList(`/v1/orgs/${workspace()}/sources`);
  return h('section', null, h(Header, { title: 'Sources' }), h(NewSource),
    h(ErrorNote, { error: sources.error }),
    sources.items === null && !sources.error ? h(Loading, null) : null,
    sources.items?.length === 0 ? h(Empty, { title: 'No sources yet' }, 'Create one above from a registry component; its events then show here live.') : null,
    sources.items?.length ? h('table', { class: 'list' },
      h('thead', null, h('tr', null, ['Name', 'Active', 'Created'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, sources.items.map((s) => h('tr', { key: s.id },
        h('td', { 'data-label': 'Name' }, h(Link, { href: `/event-sources/${s.id}` }, s.name)),
        h('td', { 'data-label': 'Active' }, s.active ? 'yes' : 'no'),
        h('td', { 'data-label': 'Created' }, h(Time, { value: s.created_at })))))) : null,
    h(LoadMore, { list: sources, what: 'sources' }));
}

export function Source({ params }) {
  const [source, setSource] = useState(null);
  const [events, setEvents] = useState([]);
  const [error, setError] = useState(null);
  const [live, setLive] = useState('connecting');
  useEffect(() => {
    api(`/v1/sources/${params.id}`).then((r) => setSource(r.data), setError);
    return subscribe(`/v1/sources/${params.id}/sse`, {
      // the stream first sends the source's last events, so nothing is missed before it is open
      message: (e) => { setLive('open'); setEvents((list) => [e, ...list].slice(0, 200)); },
    }, setLive);
  }, []);
  // an HTTP source's endpoint is its http prop's endpoint_url
  const endpoint = Object.values(source?.configured_props ?? {}).find((v) => v?.endpoint_url)?.endpoint_url;
  return h('section', null, h(Header, { title: source ? source.name : 'Source' },
    h('span', { class: 'live live-' + (live === 'open' ? 'live' : live), role: 'status' }, live === 'open' ? 'Live' : live === 'reconnecting' ? 'Reconnecting…' : 'Connecting…')),
    h(ErrorNote, { error }),
    endpoint ? h('p', { class: 'source-endpoint' }, 'Endpoint ', h('code', null, endpoint), ' ', h(CopyButton, { text: endpoint, label: 'Copy URL' })) : null,
    events.length === 0 ? h(Empty, { title: 'No events yet' }, 'Events the source emits appear here as they happen.') : null,
    h('ol', { class: 'plain events' }, events.map((e) => h('li', { key: e.id ?? JSON.stringify(e) },
      h(Time, { value: e.indexed_at_ms }), h(JsonView, { value: e.event ?? e, open: 1, label: 'Event' })))));
}
