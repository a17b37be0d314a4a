// CodeMirror 6 with JavaScript highlighting and lint markers: loaded only when an editor is first shown, so
// the other pages never download it.
import { basicSetup } from 'codemirror';
import { EditorView } from '@codemirror/view';
import { StreamLanguage } from '@codemirror/language';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { javascript } from '@codemirror/legacy-modes/mode/javascript';

const nonce = document.querySelector('meta[name="csp-nonce"]')?.content ?? '';

/** An editor in `parent` holding `doc`; `onChange` hears each new text. */
export function createEditor({ parent, doc, label, id, onChange }) {
  return new EditorView({
    doc,
    parent,
    extensions: [
      basicSetup,
      StreamLanguage.define(javascript),
      lintGutter(),
      EditorView.cspNonce.of(nonce),
      EditorView.contentAttributes.of({ 'aria-label': label, id }),
      EditorView.updateListener.of((u) => { if (u.docChanged) onChange(u.state.doc.toString()); }),
    ],
  });
}

/** Marks `diagnostic` ({line, column, message}) in the editor, or clears the marks for null. */
export function showDiagnostic(view, diagnostic) {
  const diagnostics = [];
  if (diagnostic) {
    const line = view.state.doc.line(Math.min(Math.max(diagnostic.line, 1), view.state.doc.lines));
    const from = Math.min(line.from + Math.max(diagnostic.column - 1, 0), line.to);
    diagnostics.push({ from, to: Math.min(from + 1, line.to), severity: 'error', message: diagnostic.message });
  }
  view.dispatch(setDiagnostics(view.state, diagnostics));
}
