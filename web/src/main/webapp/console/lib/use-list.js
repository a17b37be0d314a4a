// Lists read from the API. useList: a list read whole, reloaded on demand: {items, error, reload}.
// usePagedList: a cursor-paged list read a page at a time, with "Load more" (the LoadMore button in ui.js).
import { useEffect, useRef, useState } from 'preact/hooks';
import { page } from './api.js';

export function useList(read, deps = []) {
  const [items, setItems] = useState(null);
  const [error, setError] = useState(null);
  const reload = () => read().then((i) => { setItems(i); setError(null); }, (e) => { setError(e); setItems(null); });
  useEffect(() => { reload(); }, deps);
  return { items, error, reload };
}

/** The page size of the console's lists: the page address's ?limit= (1 to 100), else 50. */
export function pageSize() {
  const limit = Number(new URLSearchParams(location.search).get('limit'));
  return Number.isInteger(limit) && limit >= 1 && limit <= 100 ? limit : 50;
}

/**
 * A cursor-paged list of `path` (null: no list yet), newest page first: {items, error, total, more, loading,
 * loadMore, reload}. loadMore appends the page after the last one read; reload reads again as many items as are
 * shown (after a change), so a person who loaded three pages still sees three pages.
 */
export function usePagedList(path, query = {}, deps = [path]) {
  const limit = pageSize();
  const [state, setState] = useState({ items: null, error: null, total: 0, cursor: null, more: false, loading: false });
  const generation = useRef(0);
  const read = async (want, after, kept) => {
    const items = [...kept];
    let cursor = after;
    let info = null;
    do {
      const next = await page(path, { ...query, limit }, cursor ? { after: cursor } : {});
      items.push(...next.items);
      info = next.pageInfo ?? {};
      cursor = info.end_cursor;
      if (!cursor || next.items.length < limit) { cursor = null; break; }
    } while (items.length < want);
    const total = info.total_count ?? items.length;
    return { items, error: null, total, cursor, more: !!cursor && (info.total_count_capped || items.length < total), loading: false };
  };
  const run = (want, after, kept) => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, loading: true }));
    return read(want, after, kept).then(
      (next) => { if (mine === generation.current) setState(next); },
      (error) => { if (mine === generation.current) setState((s) => ({ ...s, error, loading: false })); });
  };
  const reload = () => (path ? run(Math.max(limit, state.items?.length ?? 0), null, []) : Promise.resolve());
  const loadMore = () => (state.more && !state.loading ? run(0, state.cursor, state.items ?? []) : Promise.resolve());
  useEffect(() => {
    if (path) run(limit, null, []);
    else { generation.current++; setState({ items: null, error: null, total: 0, cursor: null, more: false, loading: false }); }
  }, deps);
  return { ...state, loadMore, reload };
}
