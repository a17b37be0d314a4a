// A workflow step that runs a component (an action): its props in a form made from the component's
// configurable_props (the same generator as the sources page), saved into the step's props; and the search that
// adds such a step.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../lib/api.js';
import { PropsForm, initialValues } from '../lib/props-form.js';
import { Button, ErrorNote, Field } from '../lib/ui.js';

/** The component a step names: its pinned version once deployed, else the registry's or the workspace's by key. */
async function componentOf(step) {
  const ref = step.component_id ?? step.component;
  if (ref.startsWith('sc_')) return (await api(`/v1/components/${encodeURIComponent(ref)}`)).data;
  try {
    return (await api(`/v1/components/registry/${encodeURIComponent(ref)}`)).data;
  } catch (e) {
    if (e.status !== 404) throw e;
    return (await api(`/v1/components/${encodeURIComponent(ref)}`)).data;
  }
}

export function ComponentProps({ step, index, error, projectId, onChange }) {
  const [component, setComponent] = useState(null);
  const [loadError, setLoadError] = useState(null);
  useEffect(() => { componentOf(step).then(setComponent, setLoadError); }, [step.component, step.component_id]);
  // a deploy's error about one of the props ("steps[0].props.status") is shown under that prop's field
  const prefix = `steps[${index}].props.`;
  // (an ApiError's message is not an enumerable property: it is copied by name)
  const propError = error?.field?.startsWith(prefix)
    ? { status: error.status, message: error.message, field: 'configured_props.' + error.field.slice(prefix.length) } : null;
  return h('div', { class: 'component-step', role: 'group', 'aria-label': `Props of step ${step.name}` },
    h('p', { class: 'muted' }, 'Runs the action ', h('code', null, step.component),
      component ? ` (${component.name}${component.version ? ' ' + component.version : ''})` : '', '.'),
    h(ErrorNote, { error: loadError }),
    component ? (component.configurable_props?.length
      ? h(PropsForm, { props: component.configurable_props, values: step.props ?? {}, error: propError,
        idPrefix: `step-${step.key}-prop`, componentId: component.id, projectId, onChange: (props) => onChange({ ...step, props }) })
      : h('p', { class: 'muted' }, 'This action has no props.')) : null,
    propError && !component?.configurable_props?.some((p) => 'configured_props.' + p.name === propError.field)
      ? h(ErrorNote, { error }) : null);
}

/** Finds registry actions by a search and adds one as a step, its props at their defaults. */
export function AddActionStep({ taken, onAdd }) {
  const [query, setQuery] = useState('');
  const [keys, setKeys] = useState(null);
  const [error, setError] = useState(null);
  const search = async (e) => {
    e.preventDefault();
    setError(null);
    try { setKeys((await api('/v1/components/search', { query: { query, limit: 10 } })).actions); } catch (err) { setError(err); }
  };
  const add = async (key) => {
    setError(null);
    try {
      const component = (await api(`/v1/components/registry/${encodeURIComponent(key)}`)).data;
      let name = key.replace(/[^A-Za-z0-9_]/g, '_');
      for (let n = 2; taken.includes(name); n++) name = key.replace(/[^A-Za-z0-9_]/g, '_') + '_' + n;
      onAdd({ name, component: key, props: initialValues(component.configurable_props ?? []) });
      setKeys(null);
      setQuery('');
    } catch (err) {
      setError(err);
    }
  };
  return h('div', { class: 'add-action' },
    h('form', { class: 'inline-form', role: 'search', onSubmit: search, 'aria-label': 'Add an action step' },
      h(Field, { label: 'Find an action', id: 'action-query', value: query, placeholder: 'http, filter, delay…', onInput: (e) => setQuery(e.currentTarget.value) }),
      h(Button, { type: 'submit' }, 'Search actions')),
    h(ErrorNote, { error }),
    keys?.length === 0 ? h('p', { class: 'muted' }, 'No action matches; try "http", "filter" or "delay".') : null,
    keys?.length ? h('div', { class: 'actions' }, keys.map((k) => h(Button, { key: k, 'aria-label': `Add action ${k}`, onClick: () => add(k) }, k))) : null);
}
