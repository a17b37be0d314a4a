// A form from a component's configurable_props: one field per prop the user sets (interfaces and services the
// server fills are left out). `values` holds the configured props; an API error naming
// configured_props.<name> is shown under that field. A prop with remoteOptions (its component's async options())
// gets its choices from POST /v1/components/configure with the props set so far, on Load options (and More for
// the next page).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { api } from './api.js';
import { Button, ErrorNote, Field } from './ui.js';

const asOption = (o) => (o !== null && typeof o === 'object' ? o : { label: String(o), value: o });

function RemoteOptions({ prop, value, set, id, error, componentId, values, common }) {
  const [options, setOptions] = useState(null);
  const [context, setContext] = useState(null);
  const [page, setPage] = useState(0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const load = async (more) => {
    setBusy(true);
    setProblem(null);
    const body = { id: componentId, prop_name: prop.name, configured_props: values, page: more ? page + 1 : 0 };
    if (more) body.prev_context = context ?? {};
    try {
      const answer = await api('/v1/components/configure', { method: 'POST', body });
      if (answer.errors?.length) setProblem({ message: answer.errors.join('; ') });
      const got = (answer.options ?? []).map(asOption);
      setOptions(more ? [...(options ?? []), ...got] : got);
      setContext(answer.context ?? null);
      setPage(more ? page + 1 : 0);
    } catch (e) { setProblem(e); } finally { setBusy(false); }
  };
  const known = (options ?? []).some((o) => JSON.stringify(o.value) === JSON.stringify(value));
  return h(Field, common,
    h('div', { class: 'remote-options' },
      options === null && value === undefined ? h('span', { class: 'muted' }, 'Choices come from the component. ') : null,
      options !== null || value !== undefined ? h('select', { id, value: JSON.stringify(value ?? null), onChange: (e) => set(JSON.parse(e.currentTarget.value)) },
        h('option', { value: 'null' }, '—'),
        value !== undefined && value !== null && !known ? h('option', { value: JSON.stringify(value) }, String(value)) : null,
        (options ?? []).map((o) => h('option', { key: JSON.stringify(o.value), value: JSON.stringify(o.value) }, o.label))) : null,
      h(Button, { busy, onClick: () => load(false), 'aria-label': `Load options of ${common.label}` }, options === null ? 'Load options' : 'Reload'),
      options !== null && context ? h(Button, { busy, onClick: () => load(true), 'aria-label': `More options of ${common.label}` }, 'More') : null),
    h(ErrorNote, { error: problem }));
}

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

function input(prop, value, set, id, error, componentId, values) {
  const common = { id, error, label: prop.label ?? prop.name, hint: [prop.description, prop.optional ? 'optional' : null].filter(Boolean).join(' — ') || null };
  if (prop.remoteOptions && !prop.options?.length && componentId) {
    return h(RemoteOptions, { prop, value, set, id, error, componentId, values, common });
  }
  if (prop.options?.length) {
    const options = prop.options.map((o) => (typeof o === 'object' ? o : { label: String(o), value: o }));
    return h(Field, common, h('select', { id, value: JSON.stringify(value ?? null), onChange: (e) => set(JSON.parse(e.currentTarget.value)) },
      h('option', { value: 'null' }, '—'), options.map((o) => h('option', { key: JSON.stringify(o.value), value: JSON.stringify(o.value) }, o.label))));
  }
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

export function PropsForm({ props, values, onChange, error, idPrefix = 'prop', componentId }) {
  return h('div', { class: 'props-form' }, props.filter(userSets).map((p) => h('div', { key: p.name },
    input(p, values[p.name], (v) => onChange({ ...values, [p.name]: v }), `${idPrefix}-${p.name}`,
      error?.field === `configured_props.${p.name}` ? error : null, componentId, values))));
}
