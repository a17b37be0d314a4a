// The workflow's execution controls (docs/workflow-format.md, "settings"): a form over a flat draft.
import { h } from 'preact';
import { Field } from '../lib/ui.js';

/** The flat draft of a workflow's settings object. */
export function settingsDraft(settings = {}) {
  const text = (v) => (v === undefined || v === null ? '' : String(v));
  return {
    timeout_seconds: text(settings.timeout_seconds),
    concurrency: text(settings.concurrency),
    queue_size: text(settings.queue_size),
    throttle_limit: text(settings.throttle?.limit),
    throttle_interval: text(settings.throttle?.interval_seconds),
    auto_retry: !!settings.auto_retry,
    concurrency_key: text(settings.concurrency_key),
    retention_days: text(settings.retention_days),
    retention_count: text(settings.retention_count),
    data_retention: settings.data_retention !== false,
    retention_was: settings.data_retention ?? null, // sent back as it was when unchanged (no needless settings change)
  };
}

/** The settings object to send: empty fields are left out (new workflow) or null (an update removes them). */
export function settingsBody(draft, forUpdate) {
  const number = (v) => (v.trim() === '' ? null : Number(v));
  const body = {
    timeout_seconds: number(draft.timeout_seconds),
    concurrency: number(draft.concurrency),
    queue_size: number(draft.queue_size),
    throttle: draft.throttle_limit.trim() === '' && draft.throttle_interval.trim() === '' ? null
      : { limit: number(draft.throttle_limit), interval_seconds: number(draft.throttle_interval) },
    auto_retry: draft.auto_retry,
    concurrency_key: draft.concurrency_key.trim() === '' ? null : draft.concurrency_key.trim(),
    retention_days: number(draft.retention_days),
    retention_count: number(draft.retention_count),
    data_retention: draft.data_retention === (draft.retention_was !== false) ? draft.retention_was : draft.data_retention,
  };
  if (!forUpdate) Object.keys(body).forEach((k) => body[k] === null && delete body[k]);
  return body;
}

export function SettingsForm({ draft, onChange, error }) {
  const set = (name) => (e) => onChange({ ...draft, [name]: e.currentTarget.type === 'checkbox' ? e.currentTarget.checked : e.currentTarget.value });
  const err = (...fields) => (error && fields.some((f) => error.field === 'settings.' + f || error.field?.startsWith('settings.' + f + '.')) ? error : null);
  const number = (name, label, hint, fields = [name]) => h(Field, { label, id: 'setting-' + name, type: 'number', min: 0,
    inputmode: 'numeric', value: draft[name], onInput: set(name), hint, error: err(...fields) });
  return h('fieldset', { class: 'settings' }, h('legend', null, 'Settings'),
    number('timeout_seconds', 'Timeout (seconds)', '1–750; default 30'),
    number('concurrency', 'Concurrency', 'Executions at once; empty for no limit'),
    h(Field, { label: 'Concurrency key', id: 'setting-concurrency_key', value: draft.concurrency_key, onInput: set('concurrency_key'),
      placeholder: 'steps.trigger.event.body.customer_id', error: err('concurrency_key'),
      hint: 'The limit applies per value of this path (steps.trigger.event… or steps.trigger.context…); empty for one limit' }),
    number('queue_size', 'Queue size', 'Events that may wait; default 100'),
    h('div', { class: 'row' },
      number('throttle_limit', 'Throttle: executions', 'Per window; empty for no throttle', ['throttle']),
      number('throttle_interval', 'Throttle: window (seconds)', null, ['throttle'])),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: draft.auto_retry, onChange: set('auto_retry') }),
      ' Retry a failed step automatically (up to 8 times with backoff)'),
    err('auto_retry') ? h('p', { class: 'error', role: 'alert' }, error.message) : null,
    h('div', { class: 'row' },
      number('retention_days', 'Keep executions (days)', 'Finished executions older than this are deleted; empty: no limit by age'),
      number('retention_count', 'Keep executions (newest)', 'Only the newest this many are kept; empty: no limit by count')),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: draft.data_retention, onChange: set('data_retention') }),
      ' Keep event and step data (off: executions keep only their status, error and timings, and cannot be replayed)'),
    err('data_retention') ? h('p', { class: 'error', role: 'alert' }, error.message) : null);
}
