// The builder's Versions panel: the workflow's versions (newest first) and its draft, the diff between any two
// of them (steps added, removed, renamed, moved and changed with each changed step's code as +/- lines,
// settings and trigger changes) and a rollback to an older version.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { all, api } from '../lib/api.js';
import { Button, ErrorNote, Loading, Time } from '../lib/ui.js';

const json = (v) => (v === undefined ? '—' : JSON.stringify(v));

/** A unified diff as lines: added lines in <ins>, removed in <del>, each keeping its +/- sign. */
export function CodeDiff({ text, label }) {
  const lines = text.replace(/\n$/, '').split('\n');
  return h('pre', { class: 'code-diff', 'aria-label': label, tabindex: 0 },
    lines.map((line, i) => {
      if (line.startsWith('+++') || line.startsWith('---')) return h('span', { key: i, class: 'diff-file' }, line);
      if (line.startsWith('@@')) return h('span', { key: i, class: 'diff-hunk' }, line);
      if (line.startsWith('+')) return h('ins', { key: i, class: 'diff-add' }, line);
      if (line.startsWith('-')) return h('del', { key: i, class: 'diff-del' }, line);
      return h('span', { key: i }, line);
    }));
}

/**
 * A unified diff as rows of two columns (the From side and the To side, each line with its number): context lines
 * on both sides, a run of removed lines beside the run of added lines that replaced it.
 */
export function sideBySideRows(text) {
  const rows = [];
  let oldNo = 0;
  let newNo = 0;
  let removed = [];
  let added = [];
  const flush = () => {
    for (let i = 0; i < Math.max(removed.length, added.length); i++) rows.push({ left: removed[i] ?? null, right: added[i] ?? null });
    removed = [];
    added = [];
  };
  for (const line of text.replace(/\n$/, '').split('\n')) {
    if (line.startsWith('+++') || line.startsWith('---')) continue;
    const hunk = /^@@ -(\d+)(?:,\d+)? \+(\d+)/.exec(line);
    if (hunk) {
      flush();
      oldNo = Number(hunk[1]);
      newNo = Number(hunk[2]);
      rows.push({ hunk: line });
    } else if (line.startsWith('-')) removed.push({ no: oldNo++, text: line.slice(1), kind: 'del' });
    else if (line.startsWith('+')) added.push({ no: newNo++, text: line.slice(1), kind: 'add' });
    else if (!line.startsWith('\\')) {
      flush();
      const t = line.startsWith(' ') ? line.slice(1) : line;
      rows.push({ left: { no: oldNo++, text: t }, right: { no: newNo++, text: t } });
    }
  }
  flush();
  return rows;
}

function cells(side, which) {
  if (!side) return [h('td', { class: 'diff-no' }), h('td', { class: 'diff-empty' })];
  const tag = side.kind === 'del' ? 'del' : side.kind === 'add' ? 'ins' : 'span';
  return [h('td', { class: 'diff-no' }, side.no), h('td', { class: 'diff-line ' + (side.kind ? 'diff-' + side.kind : '') },
    h(tag, null, side.kind ? h('span', { class: 'visually-hidden' }, side.kind === 'del' ? `removed from ${which}: ` : `added in ${which}: `) : null, side.text))];
}

/** The code diff with From on the left and To on the right. */
export function SideBySideDiff({ text, label }) {
  return h('div', { class: 'side-by-side', tabindex: 0, role: 'region', 'aria-label': label },
    h('table', null,
      h('colgroup', null, h('col', { class: 'no' }), h('col'), h('col', { class: 'no' }), h('col')),
      h('thead', null, h('tr', null, h('th', { scope: 'col', colspan: 2 }, 'From'), h('th', { scope: 'col', colspan: 2 }, 'To'))),
      h('tbody', null, sideBySideRows(text).map((row, i) => (row.hunk
        ? h('tr', { key: i, class: 'diff-hunk' }, h('td', { colspan: 4 }, row.hunk))
        : h('tr', { key: i }, ...cells(row.left, 'From'), ...cells(row.right, 'To')))))));
}

/** A step's code diff, unified or side by side (the person's choice, kept for the page's other diffs). */
let sideBySideChosen = false;
function StepCodeDiff({ name, text }) {
  const [side, setSide] = useState(sideBySideChosen);
  const toggle = () => { sideBySideChosen = !side; setSide(!side); };
  return h('div', { class: 'step-code-diff' },
    h('div', { class: 'actions' }, h(Button, { kind: 'small', 'aria-pressed': side ? 'true' : 'false', onClick: toggle }, 'Side by side')),
    side ? h(SideBySideDiff, { text, label: `Side-by-side code diff of step ${name}` }) : h(CodeDiff, { text, label: `Code diff of step ${name}` }));
}

function SettingsChanges({ settings }) {
  if (!settings) return null;
  const rows = [
    ...Object.entries(settings.added ?? {}).map(([k, v]) => h('li', { key: 'a' + k }, h('strong', null, 'Added '), h('code', null, k), ' = ', json(v))),
    ...Object.entries(settings.removed ?? {}).map(([k, v]) => h('li', { key: 'r' + k }, h('strong', null, 'Removed '), h('code', null, k), ' (was ', json(v), ')')),
    ...Object.entries(settings.changed ?? {}).map(([k, v]) => h('li', { key: 'c' + k }, h('strong', null, 'Changed '), h('code', null, k), ': ', json(v.from), ' → ', json(v.to))),
  ];
  if (!rows.length) return null;
  return h('section', { 'aria-label': 'Settings changes' }, h('h4', null, 'Settings'), h('ul', { class: 'plain' }, rows));
}

function TriggerChanges({ triggers }) {
  const added = triggers?.added ?? [];
  const removed = triggers?.removed ?? [];
  if (!added.length && !removed.length) return null;
  const text = (t) => t.type + (t.source_id ? ' ' + t.source_id : '');
  return h('section', { 'aria-label': 'Trigger changes' }, h('h4', null, 'Triggers'),
    h('ul', { class: 'plain' },
      added.map((t, i) => h('li', { key: 'a' + i }, h('strong', null, 'Added '), text(t))),
      removed.map((t, i) => h('li', { key: 'r' + i }, h('strong', null, 'Removed '), text(t)))));
}

function StepChanges({ steps }) {
  if (!steps) return null;
  const pos = (n) => `position ${n + 1}`;
  const items = [
    ...(steps.added ?? []).map((s) => h('li', { key: 'a' + s.name }, h('strong', null, 'Added '), h('code', null, s.name), ` at ${pos(s.position)}`)),
    ...(steps.removed ?? []).map((s) => h('li', { key: 'r' + s.name }, h('strong', null, 'Removed '), h('code', null, s.name), ` from ${pos(s.position)}`)),
    ...(steps.renamed ?? []).map((s) => h('li', { key: 'n' + s.from }, h('strong', null, 'Renamed '), h('code', null, s.from), ' → ', h('code', null, s.to))),
    ...(steps.moved ?? []).map((s) => h('li', { key: 'm' + s.name }, h('strong', null, 'Moved '), h('code', null, s.name), ` from ${pos(s.from_position)} to ${pos(s.to_position)}`)),
  ];
  const changed = steps.changed ?? [];
  if (!items.length && !changed.length) return null;
  return h('section', { 'aria-label': 'Step changes' }, h('h4', null, 'Steps'),
    items.length ? h('ul', { class: 'plain' }, items) : null,
    changed.map((s) => h('div', { key: 'c' + s.name, class: 'step-change', 'data-step': s.name },
      h('p', null, h('strong', null, 'Changed '), h('code', null, s.name), ': ', (s.fields ?? []).join(', ')),
      Object.entries(s.values ?? {}).map(([k, v]) => h('p', { key: k, class: 'muted' }, h('code', null, k), ': ', json(v.from), ' → ', json(v.to))),
      s.code_diff ? h(StepCodeDiff, { name: s.name, text: s.code_diff }) : null)));
}

/** One diff answer of GET /v1/workflows/{id}/diff. */
export function DiffView({ diff }) {
  const title = `Changes from ${diff.from === 'draft' ? 'the draft' : 'version ' + diff.from} to ${diff.to === 'draft' ? 'the draft' : 'version ' + diff.to}`;
  return h('section', { class: 'diff card', 'aria-label': title },
    h('h3', null, title),
    !diff.changed ? h('p', { class: 'muted' }, 'The two definitions are the same.') : null,
    diff.name ? h('p', null, h('strong', null, 'Name '), diff.name.from, ' → ', diff.name.to) : null,
    h(TriggerChanges, { triggers: diff.triggers }),
    h(SettingsChanges, { settings: diff.settings }),
    h(StepChanges, { steps: diff.steps }));
}

/**
 * The versions panel. `draft` is the saved draft or null; `onChanged(workflow)` is called with the workflow a
 * rollback answered.
 */
export function VersionsPanel({ workflowId, draft, live, onChanged }) {
  const [versions, setVersions] = useState(null);
  const [listError, setListError] = useState(null);
  const [from, setFrom] = useState(null);
  const [to, setTo] = useState(null);
  const [diff, setDiff] = useState(null);
  const [diffError, setDiffError] = useState(null);
  const [rollback, setRollback] = useState({ busy: null, error: null, version: null, done: null });

  const base = `/v1/workflows/${workflowId}`;
  const reload = () => all(`${base}/versions`, {}, 500).then((list) => {
    setVersions(list);
    setListError(null);
    const live = list.find((v) => v.live) ?? list[0];
    setTo(draft ? 'draft' : String(live?.version ?? ''));
    const older = draft ? live : list.find((v) => v.version < (live?.version ?? 0));
    setFrom(older ? String(older.version) : String(live?.version ?? ''));
  }, setListError);
  useEffect(() => { reload(); }, [workflowId, live, draft?.updated_at ?? null]);

  useEffect(() => {
    if (!from || !to) return;
    setDiff(null);
    setDiffError(null);
    let current = true; // a slower answer for an earlier choice is dropped
    api(`${base}/diff`, { query: { from, to } }).then((r) => current && setDiff(r.data),
      (e) => current && setDiffError(e));
    return () => { current = false; };
  }, [from, to]);

  const rollBack = async (version) => {
    if (!confirm(`Roll back to version ${version}? Its definition becomes a new live version.`)) return;
    setRollback({ busy: version, error: null, version: null, done: null });
    try {
      const workflow = (await api(`${base}/rollback`, { method: 'POST', body: { version } })).data;
      setRollback({ busy: null, error: null, version: null, done: { from: version, to: workflow.version } });
      onChanged?.(workflow);
      await reload();
    } catch (e) {
      setRollback({ busy: null, error: e, version, done: null });
    }
  };

  if (listError) return h(ErrorNote, { error: listError });
  if (!versions) return h(Loading, { what: 'Loading the versions' });

  const choice = (name, value, current, set, label) => h('input', {
    type: 'radio', name, value, checked: current === value, 'aria-label': label,
    onChange: () => set(value),
  });
  const rows = [
    ...(draft ? [{ key: 'draft', value: 'draft', label: 'Draft', author: draft.author_id, time: draft.updated_at ?? draft.created_at, message: draft.message, draft: true }] : []),
    ...versions.map((v) => ({ key: v.version, value: String(v.version), label: 'Version ' + v.version, author: v.author_id, time: v.created_at, message: v.message, live: v.live, version: v.version })),
  ];

  return h('section', { class: 'versions', 'aria-labelledby': 'versions-title', id: 'versions-panel' },
    h('h2', { id: 'versions-title' }, 'Versions'),
    rollback.done ? h('p', { class: 'notice', role: 'status' },
      `Rolled back to version ${rollback.done.from}: version ${rollback.done.to} is live.`) : null,
    h('p', { class: 'muted', id: 'versions-help' }, 'Choose the two versions to compare in the From and To columns.'),
    h('table', { class: 'list versions-list', 'aria-describedby': 'versions-help' },
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, 'From'), h('th', { scope: 'col' }, 'To'), h('th', { scope: 'col' }, 'Version'),
        h('th', { scope: 'col' }, 'Author'), h('th', { scope: 'col' }, 'Time'), h('th', { scope: 'col' }, 'Message'),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
      h('tbody', null, rows.map((r) => h('tr', { key: r.key, 'data-version': r.value },
        h('td', { 'data-label': 'From' }, choice('diff-from', r.value, from, setFrom, `Compare from ${r.label.toLowerCase()}`)),
        h('td', { 'data-label': 'To' }, choice('diff-to', r.value, to, setTo, `Compare to ${r.label.toLowerCase()}`)),
        h('td', { 'data-label': 'Version' }, r.draft ? h('strong', null, 'Draft') : r.version, ' ',
          r.live ? h('span', { class: 'status status-success' }, 'live') : null,
          r.draft ? h('span', { class: 'status status-paused' }, 'not deployed') : null),
        h('td', { 'data-label': 'Author' }, r.author ?? h('span', { class: 'muted' }, '—')),
        h('td', { 'data-label': 'Time' }, h(Time, { value: r.time })),
        h('td', { 'data-label': 'Message' }, r.message ?? h('span', { class: 'muted' }, '—')),
        h('td', null, !r.live && !r.draft ? h(Button, { kind: 'small', busy: rollback.busy === r.version,
          onClick: () => rollBack(r.version), 'aria-label': `Roll back to version ${r.version}` }, 'Roll back to this version') : null,
        rollback.error && rollback.version === r.version ? h(ErrorNote, { error: rollback.error }) : null))))),
    diffError ? h(ErrorNote, { error: diffError }) : diff ? h(DiffView, { diff: { ...diff, from: from === 'draft' ? 'draft' : diff.from, to: to === 'draft' ? 'draft' : diff.to } }) : from && to ? h(Loading, { what: 'Comparing' }) : null);
}
