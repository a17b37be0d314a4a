// A form from a component's configurable_props: one field per prop the user sets (interfaces and services the
// server fills are left out). `values` holds the configured props; an API error naming
// configured_props.<name> is shown under that field. With the component's `componentId`, a prop with an options()
// method (`remoteOptions`) gets its options from POST /v1/components/configure with the props set so far, and
// props with `reloadProps` make the form ask POST /v1/components/props for what additionalProps() adds.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { all, api, workspace } from './api.js';
import { ErrorNote, Field } from './ui.js';

const FILLED_BY_SERVER = /^\$\.(interface\.http|service\.)|^http_request$/;

/** Whether the user sets this prop in a form. */
export function userSets(prop) {
  return !FILLED_BY_SERVER.test(prop.type ?? '');
}

/** The starting values: each prop's default. */
export function initialValues(props) {
  const values = {};
  for (const p of props.filter(userSets)) if (p.default !== undefined) values[p.name] = p.default;
  return values;
}

function labelOf(prop) {
  return { label: prop.label ?? prop.name, hint: [prop.description, prop.optional ? 'optional' : null].filter(Boolean).join(' — ') || null };
}

function select(common, id, value, set, options) {
  const list = options.map((o) => (o !== null && typeof o === 'object' ? o : { label: String(o), value: o }));
  if (value !== undefined && value !== null && !list.some((o) => JSON.stringify(o.value) === JSON.stringify(value))) {
    list.unshift({ label: typeof value === 'object' ? JSON.stringify(value) : String(value), value });
  }
  return h(Field, common, h('select', { id, value: JSON.stringify(value ?? null), onChange: (e) => set(JSON.parse(e.currentTarget.value)) },
    h('option', { value: 'null' }, '—'), list.map((o) => h('option', { key: JSON.stringify(o.value), value: JSON.stringify(o.value) }, o.label))));
}

/**
 * A prop whose options come from the component's options() method, asked again when the other props change; More
 * options asks for the next page (page + 1 with the answer's context as prev_context) until a page brings nothing new.
 */
function RemoteOptions({ componentId, prop, values, value, set, id, error }) {
  const [options, setOptions] = useState(null);
  const [paging, setPaging] = useState({ page: 0, context: null, done: false, busy: false });
  const [loadError, setLoadError] = useState(null);
  const others = { ...values };
  delete others[prop.name];
  const key = JSON.stringify(others);
  const ask = (page, context) => api('/v1/components/configure', { method: 'POST',
    body: { id: componentId, prop_name: prop.name, configured_props: others, page, prev_context: context ?? undefined } });
  useEffect(() => {
    let current = true;
    setOptions(null);
    setLoadError(null);
    setPaging({ page: 0, context: null, done: false, busy: false });
    ask(0, null).then((a) => {
      if (!current) return;
      if (a.errors?.length) setLoadError({ message: `options of ${prop.name}: ${a.errors.join('; ')}` });
      const list = Array.isArray(a.options) ? a.options : [];
      setOptions(list);
      setPaging({ page: 0, context: a.context ?? null, done: list.length === 0, busy: false });
    }, (e) => { if (current) { setLoadError(e); setOptions([]); } });
    return () => { current = false; };
  }, [componentId, prop.name, key]);
  const more = async () => {
    setPaging({ ...paging, busy: true });
    try {
      const a = await ask(paging.page + 1, paging.context);
      if (a.errors?.length) setLoadError({ message: `options of ${prop.name}: ${a.errors.join('; ')}` });
      const seen = new Set(options.map((o) => JSON.stringify(o?.value ?? o)));
      const fresh = (Array.isArray(a.options) ? a.options : []).filter((o) => !seen.has(JSON.stringify(o?.value ?? o)));
      setOptions([...options, ...fresh]);
      setPaging({ page: paging.page + 1, context: a.context ?? null, done: fresh.length === 0, busy: false });
    } catch (e) {
      setLoadError(e);
      setPaging({ ...paging, busy: false });
    }
  };
  const common = { id, error, ...labelOf(prop) };
  return h('div', { 'aria-busy': options === null || paging.busy ? 'true' : 'false' },
    options === null ? h(Field, common, h('select', { id, disabled: true }, h('option', null, 'Loading options…')))
      : select(common, id, value, set, options),
    options !== null && !paging.done ? h('button', { type: 'button', class: 'btn small', disabled: paging.busy, onClick: more,
      'aria-label': `More options for ${common.label}` }, paging.busy ? 'Loading…' : 'More options') : null,
    options !== null && paging.done && paging.page > 0 ? h('small', { class: 'hint' }, `All ${options.length} options are listed.`) : null,
    h(ErrorNote, { error: loadError }));
}

/** A choice fed by a list the API answers (accounts, data stores), with a note and a link when the list is empty. */
function Picker({ common, load, deps, toOptions, value, set, empty }) {
  const [options, setOptions] = useState(null);
  const [loadError, setLoadError] = useState(null);
  useEffect(() => {
    let current = true;
    setOptions(null);
    load().then((items) => { if (current) setOptions(toOptions(items)); }, (e) => { if (current) { setLoadError(e); setOptions([]); } });
    return () => { current = false; };
  }, deps);
  return h('div', { 'aria-busy': options === null ? 'true' : 'false' },
    options === null ? h(Field, common, h('select', { id: common.id, disabled: true }, h('option', null, 'Loading…')))
      : select(common, common.id, value, set, options),
    options?.length === 0 && !loadError ? h('p', { class: 'muted' }, empty) : null,
    h(ErrorNote, { error: loadError }));
}

/** An app prop: one of the connected accounts of its app the person may use, saved as {authProvisionId}. */
function AccountPicker({ prop, value, set, id, error }) {
  const common = { id, error, ...labelOf(prop) };
  common.hint = [common.hint, `a connected ${prop.app} account`].filter(Boolean).join(' — ');
  return h(Picker, { common, value, set, deps: [prop.app],
    load: () => all('/v1/accounts', { app: prop.app }),
    toOptions: (accounts) => accounts.map((a) => ({ label: `${a.name ?? a.id}${a.dead ? ' (dead)' : ''}`, value: { authProvisionId: a.id } })),
    empty: h('span', null, `No ${prop.app} account is connected yet: connect one on the `, h('a', { href: '/accounts' }, 'Accounts page'), '.') });
}

async function storesOf(projectId) {
  if (projectId) return (await all(`/v1/projects/${projectId}/data_stores`)).map((s) => ({ ...s, label: s.name }));
  const projects = (await api(`/v1/workspaces/${workspace()}/projects`)).data;
  const lists = await Promise.all(projects.map((p) => all(`/v1/projects/${p.id}/data_stores`)
    .then((stores) => stores.map((s) => ({ ...s, label: `${p.name} / ${s.name}` })))));
  return lists.flat();
}

/** A data_store prop: one of the project's data stores, saved as its id (a value naming a store by name stays chosen). */
function DataStorePicker({ prop, value, set, id, error, projectId }) {
  const common = { id, error, ...labelOf(prop) };
  const [stores, setStores] = useState([]);
  const named = stores.find((s) => s.name === value && s.id !== value);
  return h(Picker, { common, value: named ? named.id : value, set, deps: [projectId],
    load: () => storesOf(projectId).then((list) => { setStores(list); return list; }),
    toOptions: (list) => list.map((s) => ({ label: s.label, value: s.id })),
    empty: h('span', null, 'This project has no data store yet: make one on the ', h('a', { href: '/data-stores' }, 'Data stores page'), '.') });
}

function input(prop, value, set, id, error, projectId) {
  const common = { id, error, ...labelOf(prop) };
  if (prop.type === 'app' && prop.app) return h(AccountPicker, { prop, value, set, id, error });
  if (prop.type === 'data_store') return h(DataStorePicker, { prop, value, set, id, error, projectId });
  if (prop.options?.length) return select(common, id, value, set, prop.options);
  switch (prop.type) {
    case 'boolean':
      return h('label', { class: 'check' }, h('input', { type: 'checkbox', id, checked: !!value, onChange: (e) => set(e.currentTarget.checked) }), ' ' + common.label);
    case 'integer':
      return h(Field, { ...common, type: 'number', min: prop.min, max: prop.max, value: value ?? '',
        onInput: (e) => set(e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value)) });
    case '$.interface.timer':
      return h(Field, { ...common, type: 'number', min: 1, label: common.label + ' (seconds between runs)', value: value?.intervalSeconds ?? '',
        onInput: (e) => set(e.currentTarget.value === '' ? undefined : { intervalSeconds: Number(e.currentTarget.value) }) });
    case 'string':
      return h(Field, { ...common, type: prop.secret ? 'password' : 'text', autocomplete: 'off', value: value ?? '', onInput: (e) => set(e.currentTarget.value) });
    default:
      return h(Field, { ...common, hint: (common.hint ? common.hint + ' — ' : '') + 'JSON', value: value === undefined ? '' : JSON.stringify(value),
        onInput: (e) => { try { set(JSON.parse(e.currentTarget.value)); } catch { /* kept until it parses */ } } });
  }
}

/** The props additionalProps() adds for the values of the props marked reloadProps (none without such props). */
function useReloadedProps(componentId, props, values) {
  const [added, setAdded] = useState([]);
  const [loadError, setLoadError] = useState(null);
  const reloading = componentId ? props.filter((p) => p.reloadProps) : [];
  const key = JSON.stringify(reloading.map((p) => values[p.name]));
  useEffect(() => {
    if (!reloading.length) return undefined;
    let current = true;
    api('/v1/components/props', { method: 'POST', body: { id: componentId, configured_props: values } }).then((a) => {
      if (!current) return;
      setLoadError(a.errors?.length ? { message: 'additional props: ' + a.errors.join('; ') } : null);
      const all = a.dynamicProps?.configurableProps ?? [];
      setAdded(all.filter((p) => !props.some((q) => q.name === p.name)));
    }, (e) => { if (current) setLoadError(e); });
    return () => { current = false; };
  }, [componentId, key]);
  return [added, loadError];
}

export function PropsForm({ props, values, onChange, error, idPrefix = 'prop', componentId, projectId }) {
  const [added, reloadError] = useReloadedProps(componentId, props, values);
  return h('div', { class: 'props-form' }, [...props, ...added].filter(userSets).map((p) => {
    const id = `${idPrefix}-${p.name}`;
    const set = (v) => onChange({ ...values, [p.name]: v });
    const fieldError = error?.field === `configured_props.${p.name}` ? error : null;
    return h('div', { key: p.name }, p.remoteOptions && componentId
      ? h(RemoteOptions, { componentId, prop: p, values, value: values[p.name], set, id, error: fieldError })
      : input(p, values[p.name], set, id, fieldError, projectId));
  }), h(ErrorNote, { error: reloadError }));
}
