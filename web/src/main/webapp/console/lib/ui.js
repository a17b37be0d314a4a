// Small shared pieces of the pages: buttons, fields, errors, empty states, status badges, times, copy buttons.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { pageSize } from './use-list.js';

export { h };

/** An error from the API (or any Error) shown where it happened, read out by screen readers. */
export function ErrorNote({ error, id }) {
  if (!error) return null;
  const field = error.field ? h('code', null, error.field) : null;
  return h('p', { class: 'error', role: 'alert', id }, field, field ? ': ' : null, error.message);
}

/**
 * The answer to a page for one object (a workflow, a store …) that could not be read: a 404 says in words that it
 * does not exist or is in a project the person may not see, with the way back; any other error as it is.
 */
export function LoadError({ error, what, back, backLabel }) {
  if (!error) return null;
  if (error.status !== 404) return h(ErrorNote, { error });
  return h('div', { class: 'empty', role: 'alert' }, h('strong', null, `This ${what} is not available`),
    h('div', null, `It does not exist, or it is in a project you do not have access to. A workspace admin can give you access to the project.`),
    h('a', { href: back }, backLabel));
}

/** A labelled input; `error` (an ApiError for this field) is shown under it and linked by aria-describedby. */
export function Field({ label, id, error, hint, children, ...input }) {
  const described = [error ? id + '-error' : null, hint ? id + '-hint' : null].filter(Boolean).join(' ') || undefined;
  const control = children ?? h('input', { id, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': described, ...input });
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    control,
    hint ? h('small', { id: id + '-hint', class: 'hint' }, hint) : null,
    h(ErrorNote, { error, id: id + '-error' }));
}

export function Button({ kind = 'secondary', busy, children, ...rest }) {
  return h('button', { type: 'button', class: 'btn ' + kind, disabled: busy || rest.disabled, 'aria-busy': busy ? 'true' : undefined, ...rest }, children);
}

/** Copies `text` to the clipboard and says so. */
export function CopyButton({ text, label = 'Copy' }) {
  const [done, setDone] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = document.createElement('textarea');
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    setDone(true);
    setTimeout(() => setDone(false), 1500);
  };
  return h('button', { type: 'button', class: 'btn small', onClick: copy, 'aria-label': label + (done ? ' (copied)' : '') },
    done ? 'Copied' : label);
}

/** What an empty list means and what to do next. */
export function Empty({ title, children }) {
  return h('div', { class: 'empty', role: 'status' }, h('strong', null, title), h('div', null, children));
}

export function Status({ status }) {
  return h('span', { class: 'status status-' + status }, status);
}

/** A time (epoch seconds, epoch milliseconds or ISO text) as local text, with the exact time on hover. */
export function Time({ value }) {
  if (value === null || value === undefined) return h('span', { class: 'muted' }, '—');
  const date = typeof value === 'number' ? new Date(value < 1e11 ? value * 1000 : value) : new Date(value);
  return h('time', { datetime: date.toISOString(), title: date.toISOString() }, date.toLocaleString());
}

export function duration(ms) {
  if (ms === null || ms === undefined) return '—';
  return ms < 1000 ? ms + ' ms' : (ms / 1000).toFixed(ms < 10000 ? 2 : 1) + ' s';
}

export function Loading({ what = 'Loading' }) {
  return h('p', { class: 'muted', role: 'status' }, what + '…');
}

/** Page heading with actions on the right; it also names the browser tab. */
export function Header({ title, children }) {
  const text = typeof title === 'string' ? title : title?.props?.children;
  useEffect(() => { document.title = (typeof text === 'string' ? text + ' · ' : '') + 'Millrace'; }, [text]);
  return h('div', { class: 'page-header' }, h('h1', null, title), h('div', { class: 'actions' }, children));
}

/**
 * Under a cursor-paged list (usePagedList): how many of how many are shown and, while there are more, a "Load more"
 * button that appends the next page. `what` names the items ("variables").
 */
export function LoadMore({ list, what }) {
  const shown = list.items?.length ?? 0;
  if (!shown || (!list.more && shown <= pageSize())) return null;
  return h('nav', { class: 'pager', 'aria-label': `More ${what}` },
    h('span', { class: 'muted', role: 'status' }, list.more ? `Showing ${shown} of ${list.total} ${what}` : `All ${shown} ${what} shown`),
    list.more ? h(Button, { busy: list.loading, onClick: list.loadMore }, 'Load more') : null);
}
