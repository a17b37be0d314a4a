// Server-Sent Events from the API with the session cookie: the browser's EventSource reconnects by itself
// (sending Last-Event-ID); the returned function closes the stream.
import { apiUrl } from './api.js';

/**
 * Opens the stream at `path`. handlers maps event names to functions of the parsed data ('message' for unnamed
 * events); `onState` hears 'open' and 'reconnecting'.
 */
export function subscribe(path, handlers, onState = () => {}) {
  const source = new EventSource(apiUrl(path), { withCredentials: true });
  source.onopen = () => onState('open');
  source.onerror = () => onState(source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting');
  for (const [name, handle] of Object.entries(handlers)) {
    source.addEventListener(name, (event) => {
      let data = event.data;
      try { data = JSON.parse(event.data); } catch { /* plain text */ }
      handle(data, event);
    });
  }
  return () => source.close();
}
