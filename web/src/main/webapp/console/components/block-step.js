// A control-flow block (if/else, switch, filter, end workflow, delay, parallel, loop) in the builder: its outline
// read-only (branches or cases with their conditions and the steps inside, nested blocks too), the conditions of an
// if/else's branches and of a filter edited with a form (rules-form.js), and the whole definition edited as JSON.
// The block goes back to the API as it was read, or as the form or the JSON (once it parses) says.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { Button } from '../lib/ui.js';
import { RulesForm } from './rules-form.js';

export const BLOCK_TYPES = {
  if_else: 'If / else', switch: 'Switch', filter: 'Filter', end_workflow: 'End workflow',
  delay: 'Delay', parallel: 'Parallel', loop: 'Loop',
};

/** Whether a step of the API is a control-flow block. */
export function isBlock(step) {
  return Object.hasOwn(BLOCK_TYPES, step.type ?? '');
}

/** A block as the API takes it: what was read, without the builder's own key. */
export function blockBody(step) {
  const { key, ...body } = step;
  return body;
}

const show = (v) => (typeof v === 'string' ? v : JSON.stringify(v));

/** A rule or a group of rules in words: `{{steps.a.x}} greater_than 3 and (…)`. */
export function ruleText(rule) {
  if (!rule || typeof rule !== 'object') return show(rule);
  for (const join of ['and', 'or']) {
    if (Array.isArray(rule[join])) return '(' + rule[join].map(ruleText).join(` ${join} `) + ')';
  }
  return [show(rule.value), rule.operator, rule.operand === undefined ? null : show(rule.operand)].filter((x) => x != null).join(' ');
}

function StepList({ steps }) {
  if (!steps?.length) return h('p', { class: 'muted' }, 'no steps');
  return h('ul', { class: 'block-steps' }, steps.map((s) => h('li', { key: s.name },
    isBlock(s) ? h(Outline, { block: s }) : h('span', null, h('code', null, s.name), s.component ? ` (action ${s.component})` : ' (code)'))));
}

function Outline({ block }) {
  const title = h('span', null, h('strong', null, BLOCK_TYPES[block.type]), ' ', h('code', null, block.name));
  switch (block.type) {
    case 'if_else':
    case 'parallel':
      return h('div', { class: 'block-outline' }, title, block.type === 'parallel' && block.continue_on_failure ? ' (continues on failure)' : null,
        h('ul', null, (block.branches ?? []).map((b) => h('li', { key: b.name }, 'Branch ', h('code', null, b.name), ': ',
          b.condition ? 'when ' + ruleText(b.condition) : (block.type === 'if_else' ? 'else' : 'always'), h(StepList, { steps: b.steps })))));
    case 'switch':
      return h('div', { class: 'block-outline' }, title, ' on ', h('code', null, show(block.input)),
        h('ul', null, (block.cases ?? []).map((c) => h('li', { key: c.name }, 'Case ', h('code', null, c.name), ': ',
          c.value === undefined ? 'default' : `${c.operator ?? 'equals'} ${show(c.value)}`, h(StepList, { steps: c.steps })))));
    case 'loop':
      return h('div', { class: 'block-outline' }, title, ' over ', h('code', null, show(block.items)),
        block.concurrency ? `, ${block.concurrency} at a time` : null, h(StepList, { steps: block.steps }));
    case 'filter':
      return h('div', { class: 'block-outline' }, title, ': ', block.action === 'end' ? 'ends the execution when ' : 'goes on only when ',
        ruleText(block.condition), block.reason ? ` (reason “${block.reason}”)` : null);
    case 'delay':
      return h('div', { class: 'block-outline' }, title, `: waits ${block.delay_ms} ms`);
    default:
      return h('div', { class: 'block-outline' }, title, block.reason ? `: ends the execution (reason “${block.reason}”)` : ': ends the execution');
  }
}

/** Forms for the conditions of an if/else's branches (the else branch has none) and of a filter. */
function ConditionForms({ step, onChange }) {
  if (step.type === 'filter') {
    return h(RulesForm, { condition: step.condition, of: `filter ${step.name}`, id: `step-${step.key}-condition`,
      onChange: (condition) => onChange({ ...step, condition }) });
  }
  if (step.type !== 'if_else') return null;
  const branches = step.branches ?? [];
  return h('div', { class: 'condition-forms' }, branches.map((b, i) => (b.condition === undefined ? null
    : h(RulesForm, { key: i, condition: b.condition, of: `branch ${b.name}`, id: `step-${step.key}-b${i}`,
      onChange: (condition) => onChange({ ...step, branches: branches.map((x, j) => (j === i ? { ...x, condition } : x)) }) }))));
}

/** The block's outline, and its definition (all but its name) as JSON to edit; JSON that does not parse is said under it. */
export function BlockBody({ step, onChange }) {
  const [editing, setEditing] = useState(false);
  const { key, name, ...definition } = step;
  const [text, setText] = useState(JSON.stringify(definition, null, 2));
  const [parseError, setParseError] = useState(null);
  const id = `step-${key}-json`;
  const change = (next) => {
    const { key: k, name: n, ...rest } = next;
    setText(JSON.stringify(rest, null, 2));
    setParseError(null);
    onChange({ ...next, name, key });
  };
  const edit = (value) => {
    setText(value);
    try {
      const parsed = JSON.parse(value);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('the block must be a JSON object');
      setParseError(null);
      onChange({ ...parsed, name, key });
    } catch (e) {
      setParseError(e.message);
    }
  };
  return h('div', { class: 'block-step', role: 'group', 'aria-label': `Block ${name}` },
    h(Outline, { block: step }),
    h(ConditionForms, { step, onChange: change }),
    h('div', { class: 'actions' }, h(Button, { onClick: () => setEditing(!editing), 'aria-expanded': editing ? 'true' : 'false', 'aria-controls': id },
      editing ? 'Close the JSON' : 'Edit block as JSON')),
    editing ? h('div', { class: 'field' },
      h('label', { for: id }, `Definition of block ${name} (JSON)`),
      h('textarea', { id, class: 'json-input', rows: 12, spellcheck: false, value: text, 'aria-invalid': parseError ? 'true' : undefined,
        'aria-describedby': parseError ? id + '-error' : undefined, onInput: (e) => edit(e.currentTarget.value) }),
      parseError ? h('p', { class: 'error', role: 'alert', id: id + '-error' }, 'Not deployable yet: ', parseError) : null) : null);
}

const CONDITION = { value: '{{steps.trigger.event.body}}', operator: 'exists' };
const TEMPLATES = {
  if_else: { branches: [{ name: 'when_true', condition: CONDITION, steps: [] }, { name: 'otherwise', steps: [] }] },
  switch: { input: '{{steps.trigger.event.method}}', cases: [{ name: 'post', value: 'POST', steps: [] }, { name: 'other', steps: [] }] },
  filter: { condition: CONDITION, action: 'continue' },
  end_workflow: { reason: 'done' },
  delay: { delay_ms: 60000 },
  parallel: { branches: [{ name: 'first', steps: [] }, { name: 'second', steps: [] }] },
  loop: { items: '{{steps.trigger.event.body.items}}', concurrency: 1, steps: [] },
};

/** Adds a block of the chosen type, from a template to edit as JSON. */
export function AddBlock({ taken, onAdd }) {
  const [type, setType] = useState('if_else');
  const add = () => {
    let name = type;
    for (let n = 2; taken.includes(name); n++) name = type + '_' + n;
    onAdd({ name, type, ...structuredClone(TEMPLATES[type]) });
  };
  return h('span', { class: 'add-block' },
    h('label', { for: 'add-block-type', class: 'visually-hidden' }, 'Control-flow block'),
    h('select', { id: 'add-block-type', value: type, onChange: (e) => setType(e.currentTarget.value) },
      Object.entries(BLOCK_TYPES).map(([value, label]) => h('option', { key: value, value }, label))),
    h(Button, { onClick: add }, 'Add a block'));
}
