// A form from a component's configurable_props: one field per prop the user sets (interfaces and services the
// server fills are left out). `values` holds the configured props; an API error naming
// configured_props.<name> is shown under that field. With the component's `componentId`, a prop with an options()
// method (`remoteOptions`) gets its options from POST /v1/components/configure with the props set so far, and
// props with `reloadProps` make the form ask POST /v1/components/props for what additionalProps() adds.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from './api.js';
import { ErrorNote, Field } from './ui.js';

const FILLED_BY_SERVER = /^\$\.(interface\.http|service\.)|^(app|data_store|http_request)$/;

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
    list.unshift({ label: String(value), value });
  }
  return h(Field, common, h('select', { id, value: JSON.stringify(value ?? null), onChange: (e) => set(JSON.parse(e.currentTarget.value)) },
    h('option', { value: 'null' }, '—'), list.map((o) => h('option', { key: JSON.stringify(o.value), value: JSON.stringify(o.value) }, o.label))));
}

/** A prop whose options come from the component's options() method, asked again when the other props change. */
function RemoteOptions({ componentId, prop, values, value, set, id, error }) {
  const [options, setOptions] = useState(null);
  const [loadError, setLoadError] = useState(null);
  const others = { ...values };
  delete others[prop.name];
  const key = JSON.stringify(others);
  useEffect(() => {
    let current = true;
    setOptions(null);
    setLoadError(null);
    api('/v1/components/configure', { method: 'POST', body: { id: componentId, prop_name: prop.name, configured_props: others } })
      .then((a) => {
        if (!current) return;
        if (a.errors?.length) setLoadError({ message: `options of ${prop.name}: ${a.errors.join('; ')}` });
        setOptions(Array.isArray(a.options) ? a.options : []);
      }, (e) => { if (current) { setLoadError(e); setOptions([]); } });
    return () => { current = false; };
  }, [componentId, prop.name, key]);
  const common = { id, error, ...labelOf(prop) };
  return h('div', { 'aria-busy': options === null ? 'true' : 'false' },
    options === null ? h(Field, common, h('select', { id, disabled: true }, h('option', null, 'Loading options…')))
      : select(common, id, value, set, options),
    h(ErrorNote, { error: loadError }));
}

function input(prop, value, set, id, error) {
  const common = { id, error, ...labelOf(prop) };
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

export function PropsForm({ props, values, onChange, error, idPrefix = 'prop', componentId }) {
  const [added, reloadError] = useReloadedProps(componentId, props, values);
  return h('div', { class: 'props-form' }, [...props, ...added].filter(userSets).map((p) => {
    const id = `${idPrefix}-${p.name}`;
    const set = (v) => onChange({ ...values, [p.name]: v });
    const fieldError = error?.field === `configured_props.${p.name}` ? error : null;
    return h('div', { key: p.name }, p.remoteOptions && componentId
      ? h(RemoteOptions, { componentId, prop: p, values, value: values[p.name], set, id, error: fieldError })
      : input(p, values[p.name], set, id, fieldError));
  }), h(ErrorNote, { error: reloadError }));
}
