// Client-side routing on the History API: the server answers index.html for every console path.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const CHANGE = 'millrace:navigate';

export function navigate(to, { replace = false } = {}) {
  if (to === location.pathname + location.search) return;
  history[replace ? 'replaceState' : 'pushState'](null, '', to);
  dispatchEvent(new Event(CHANGE));
}

/** The current path and query, re-rendering on every navigation. */
export function useLocation() {
  const current = () => ({ path: location.pathname, query: new URLSearchParams(location.search) });
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const update = () => setLoc(current());
    addEventListener('popstate', update);
    addEventListener(CHANGE, update);
    return () => { removeEventListener('popstate', update); removeEventListener(CHANGE, update); };
  }, []);
  return loc;
}

/** Finds the route for a path: routes are [pattern, page] with ':name' segments; answers {page, params}. */
export function match(routes, path) {
  const parts = path.split('/').filter(Boolean);
  for (const [pattern, page] of routes) {
    const want = pattern.split('/').filter(Boolean);
    if (want.length !== parts.length) continue;
    const params = {};
    if (want.every((w, i) => (w.startsWith(':') ? (params[w.slice(1)] = decodeURIComponent(parts[i]), true) : w === parts[i]))) {
      return { page, params, pattern };
    }
  }
  return null;
}

/** A link that navigates in place (a modified click still opens a new tab). */
export function Link({ href, children, onClick: also, ...rest }) {
  const onClick = (e) => {
    if (also) also(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return h('a', { href, onClick, ...rest }, children);
}
