// A list read from the API, reloaded on demand: {items, error, reload}. `read` answers the items.
import { useEffect, useState } from 'preact/hooks';

export function useList(read, deps = []) {
  const [items, setItems] = useState(null);
  const [error, setError] = useState(null);
  const reload = () => read().then((i) => { setItems(i); setError(null); }, (e) => { setError(e); setItems(null); });
  useEffect(() => { reload(); }, deps);
  return { items, error, reload };
}
