// A block's condition (docs/workflow-format.md "Rules") edited with a form: "all" or "any" of a list of rules, each
// a value, an operator and (for operators that compare) an operand. A rule that is itself a group (nested and/or)
// is shown in words and kept as it is; it is changed with "Edit block as JSON".
import { h } from 'preact';
import { Button } from '../lib/ui.js';
import { ruleText } from './block-step.js';

const OPERATORS = [
  ['Any value', ['exists', 'not_exists', 'equals', 'not_equals']],
  ['Text', ['string_equals', 'string_not_equals', 'is_blank', 'is_not_blank', 'starts_with', 'contains', 'ends_with', 'matches']],
  ['Number', ['number_equals', 'number_not_equals', 'greater_than', 'greater_than_or_equal', 'less_than', 'less_than_or_equal']],
  ['Boolean', ['boolean_equals', 'is_true', 'is_false']],
  ['Type', ['is_null', 'is_not_null', 'is_string', 'is_not_string', 'is_number', 'is_not_number', 'is_boolean', 'is_not_boolean']],
  ['Date', ['date_equals', 'date_before', 'date_after']],
];
/** Operators that test the value alone, without an operand. */
const UNARY = new Set(['exists', 'not_exists', 'is_blank', 'is_not_blank', 'is_true', 'is_false', 'is_null', 'is_not_null',
  'is_string', 'is_not_string', 'is_number', 'is_not_number', 'is_boolean', 'is_not_boolean']);

const isGroup = (rule) => rule && typeof rule === 'object' && (Array.isArray(rule.and) || Array.isArray(rule.or));

/** What a person typed, as the rule takes it: numbers, true, false and null as such, anything else as text. */
export function typed(text) {
  const t = text.trim();
  if (t === 'true' || t === 'false' || t === 'null' || /^-?(0|[1-9]\d*)(\.\d+)?$/.test(t)) return JSON.parse(t);
  return text;
}
const shown = (v) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** The condition as {join, rules}; a single rule is a group of one joined by "and". */
function asGroup(condition) {
  if (isGroup(condition)) return Array.isArray(condition.and) ? { join: 'and', rules: condition.and } : { join: 'or', rules: condition.or };
  return { join: 'and', rules: condition ? [condition] : [] };
}
/** The group back as a condition: one rule alone, else {and|or: rules}. */
function asCondition(join, rules) {
  return rules.length === 1 && !isGroup(rules[0]) ? rules[0] : { [join]: rules };
}

function RuleRow({ rule, index, id, of, onChange, onRemove }) {
  const base = `${id}-r${index}`;
  const label = (what) => `${what} of rule ${index + 1} of ${of}`;
  if (isGroup(rule)) {
    return h('li', { class: 'rule-row' }, h('span', null, ruleText(rule), ' ', h('small', { class: 'muted' }, '(a group: edit it as JSON)')),
      h(Button, { class: 'btn small', 'aria-label': label('Remove'), onClick: onRemove }, 'Remove'));
  }
  const set = (field, value) => {
    const next = { ...rule, [field]: value };
    if (field === 'operator' && UNARY.has(value)) delete next.operand;
    onChange(next);
  };
  return h('li', { class: 'rule-row' },
    h('label', { for: base + '-value', class: 'visually-hidden' }, label('Value')),
    h('input', { id: base + '-value', value: shown(rule.value), placeholder: '{{steps.trigger.event.body.n}}',
      onInput: (e) => set('value', typed(e.currentTarget.value)) }),
    h('label', { for: base + '-operator', class: 'visually-hidden' }, label('Operator')),
    h('select', { id: base + '-operator', value: rule.operator ?? 'exists', onChange: (e) => set('operator', e.currentTarget.value) },
      OPERATORS.map(([group, ops]) => h('optgroup', { label: group }, ops.map((op) => h('option', { key: op, value: op }, op.replaceAll('_', ' ')))))),
    UNARY.has(rule.operator ?? 'exists') ? h('span', { class: 'rule-operand muted' }, '—') : h('span', { class: 'rule-operand' },
      h('label', { for: base + '-operand', class: 'visually-hidden' }, label('Operand')),
      h('input', { id: base + '-operand', value: shown(rule.operand), onInput: (e) => set('operand', typed(e.currentTarget.value)) })),
    h(Button, { class: 'btn small', 'aria-label': label('Remove'), onClick: onRemove }, 'Remove'));
}

/** The form of one condition; `of` names its place ("branch big"), `id` prefixes its fields' ids. */
export function RulesForm({ condition, of, id, onChange }) {
  const { join, rules } = asGroup(condition);
  const update = (nextJoin, nextRules) => onChange(asCondition(nextJoin, nextRules));
  return h('fieldset', { class: 'rules-form' }, h('legend', null, `Condition of ${of}`),
    h('label', { for: id + '-join' }, 'Holds when ',
      h('select', { id: id + '-join', value: join, onChange: (e) => update(e.currentTarget.value, rules) },
        h('option', { value: 'and' }, 'all rules hold'), h('option', { value: 'or' }, 'any rule holds'))),
    h('ol', { class: 'rules' }, rules.map((rule, i) => h(RuleRow, { key: i, rule, index: i, id, of,
      onChange: (r) => update(join, rules.map((x, j) => (j === i ? r : x))),
      onRemove: () => update(join, rules.filter((_, j) => j !== i)) }))),
    rules.length === 0 ? h('p', { class: 'error', role: 'alert' }, 'A condition needs at least one rule.') : null,
    h(Button, { onClick: () => update(join, [...rules, { value: '{{steps.trigger.event.body}}', operator: 'exists' }]) }, 'Add a rule'));
}
