// A collapsible JSON viewer: objects and arrays are <details> elements (keyboard operable), opened to `open` levels.
import { h } from 'preact';

function preview(value) {
  if (Array.isArray(value)) return `Array(${value.length})`;
  const keys = Object.keys(value);
  return '{' + keys.slice(0, 4).join(', ') + (keys.length > 4 ? ', …' : '') + '}';
}

function Scalar({ value }) {
  if (value === null) return h('span', { class: 'j-null' }, 'null');
  switch (typeof value) {
    case 'string': return h('span', { class: 'j-string' }, JSON.stringify(value));
    case 'number': return h('span', { class: 'j-number' }, String(value));
    case 'boolean': return h('span', { class: 'j-boolean' }, String(value));
    default: return h('span', { class: 'j-null' }, 'undefined');
  }
}

function Node({ name, value, depth, open }) {
  const label = name === undefined ? null : h('span', { class: 'j-key' }, name + ': ');
  if (value === null || typeof value !== 'object') return h('div', { class: 'j-row' }, label, h(Scalar, { value }));
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  return h('details', { class: 'j-node', open: depth < open },
    h('summary', null, label, h('span', { class: 'j-preview' }, preview(value))),
    h('div', { class: 'j-children' }, entries.length === 0
      ? h('span', { class: 'muted' }, Array.isArray(value) ? '[]' : '{}')
      : entries.map(([k, v]) => h(Node, { key: k, name: k, value: v, depth: depth + 1, open }))));
}

/** Shows any JSON value; `open` levels start expanded (default 1). */
export function JsonView({ value, open = 1, label }) {
  return h('div', { class: 'json', role: 'group', 'aria-label': label }, h(Node, { value, depth: 0, open }));
}
