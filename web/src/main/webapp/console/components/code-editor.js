// A JavaScript code editor (CodeMirror 6, loaded on first use); `diagnostic` ({line, column, message}) marks an
// error at its place.
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export function CodeEditor({ value, onChange, label, diagnostic, id }) {
  const host = useRef(null);
  const view = useRef(null);
  const library = useRef(null);
  const changed = useRef(onChange);
  const [ready, setReady] = useState(false);
  changed.current = onChange;

  useEffect(() => {
    let gone = false;
    import('./codemirror.js').then((cm) => {
      if (gone) return;
      library.current = cm;
      view.current = cm.createEditor({ parent: host.current, doc: value, label, id, onChange: (text) => changed.current(text) });
      setReady(true);
    });
    return () => { gone = true; view.current?.destroy(); };
  }, []);

  useEffect(() => {
    if (ready) library.current.showDiagnostic(view.current, diagnostic);
  }, [diagnostic?.line, diagnostic?.column, diagnostic?.message, ready]);

  return h('div', { class: 'code-editor' }, h('div', { ref: host }),
    ready ? null : h('p', { class: 'muted loading-editor' }, 'Loading the editor…'));
}
