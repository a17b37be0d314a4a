// The workflow builder: name, HTTP trigger, code steps (added, removed, reordered, renamed, edited), action steps
// from components with their props in a form made from configurable_props, settings,
// Test (a past or edited event run on the deployed version, each step watched as it finishes),
// deploy (with an optional message), save as a draft (the live version keeps running), the draft deployed or
// discarded, and the Versions panel. A deploy's error is shown next to what caused it; a syntax error at its
// line and column.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../lib/api.js';
import { Link, navigate } from '../lib/router.js';
import { Button, CopyButton, ErrorNote, Field, Header, Loading, LoadError } from '../lib/ui.js';
import { CodeEditor } from '../components/code-editor.js';
import { SettingsForm, settingsBody, settingsDraft } from '../components/settings-form.js';
import { VersionsPanel } from '../components/versions.js';
import { ComponentProps, AddActionStep } from '../components/component-step.js';
import { ScheduleTrigger } from '../components/schedule-trigger.js';
import { TestPanel } from '../components/test-panel.js';
import { AddBlock, BlockBody, blockBody, isBlock } from '../components/block-step.js';
import { FolderPicker } from '../components/folder-picker.js';
import { HttpAuth, authChanged, authDraft, triggersBody } from '../components/http-auth.js';

const STARTER = `export default defineComponent({
  async run({ steps, $ }) {
    console.log("event", steps.trigger.event.body)
    return steps.trigger.event.body
  },
})
`;

let nextKey = 0;
const withKey = (step) => ({ ...step, key: ++nextKey });

/** Which step an error's field names (steps[2].code → 2), or -1. */
function stepOf(error) {
  const m = /^steps\[(\d+)\]/.exec(error?.field ?? '');
  return m ? Number(m[1]) : -1;
}

/** The line and column a syntax error's message names ("… at line 3, column 7: …"). */
export function syntaxPlace(error) {
  const m = /at line (\d+), column (\d+)/.exec(error?.message ?? '');
  return m ? { line: Number(m[1]), column: Number(m[2]), message: error.message } : null;
}

function stepBody(step) {
  if (isBlock(step)) return blockBody(step);
  if (step.component) return { name: step.name, component: step.component, props: step.props ?? {} };
  return { name: step.name, type: 'code', lang: step.lang ?? 'javascript', code: step.code, props: step.props ?? {} };
}

function Step({ step, index, count, error, projectId, onChange, onMove, onRemove }) {
  const nameError = error?.field === `steps[${index}].name` ? error : null;
  const codeError = error && stepOf(error) === index && !nameError ? error : null;
  return h('li', { class: 'step card', 'aria-label': `Step ${index + 1}: ${step.name}` },
    h('div', { class: 'step-head' },
      h(Field, { label: `Step ${index + 1} name`, id: `step-${step.key}-name`, value: step.name, error: nameError,
        onInput: (e) => onChange({ ...step, name: e.currentTarget.value }) }),
      h('div', { class: 'actions' },
        h(Button, { onClick: () => onMove(-1), disabled: index === 0, 'aria-label': `Move step ${step.name} up` }, '↑'),
        h(Button, { onClick: () => onMove(1), disabled: index === count - 1, 'aria-label': `Move step ${step.name} down` }, '↓'),
        h(Button, { kind: 'danger', onClick: onRemove, 'aria-label': `Remove step ${step.name}` }, 'Remove'))),
    isBlock(step) ? h(BlockBody, { step, onChange })
      : step.component
      ? h(ComponentProps, { step, index, error, projectId, onChange })
      : h(CodeEditor, { id: `step-${step.key}-code`, label: `Code of step ${step.name}`, value: step.code,
        diagnostic: syntaxPlace(codeError), onChange: (code) => onChange({ ...step, code }) }),
    codeError && !(step.component && codeError.field?.startsWith(`steps[${index}].props.`))
      ? h('p', { class: 'error step-error', role: 'alert' }, codeError.message) : null);
}

export function Builder({ params }) {
  const isNew = !params.id;
  const [workflow, setWorkflow] = useState(null);
  const [draft, setDraft] = useState(isNew ? { name: '', active: true, steps: [withKey({ name: 'code', code: STARTER })], settings: settingsDraft(), auth: authDraft([{}]) } : null);
  const [loadError, setLoadError] = useState(null);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const [deployed, setDeployed] = useState(null);
  const [message, setMessage] = useState('');
  const [saved, setSaved] = useState(null); // the workflow's draft on the server, or null
  const [draftNote, setDraftNote] = useState(null);
  const [draftError, setDraftError] = useState(null);
  const [showVersions, setShowVersions] = useState(false);

  const load = (w) => {
    setWorkflow(w);
    setDraft({ name: w.name, active: w.active, steps: w.steps.map(withKey), settings: settingsDraft(w.settings),
      auth: authDraft(w.triggers.filter((t) => t.type === 'http')) });
  };
  const loadDraft = () => api(`/v1/workflows/${params.id}/draft`).then((r) => setSaved(r.data),
    (e) => (e.status === 404 ? setSaved(null) : setDraftError(e)));
  useEffect(() => {
    if (isNew) return;
    api(`/v1/workflows/${params.id}`).then((r) => load(r.data), setLoadError);
    loadDraft();
  }, []);

  if (loadError) return h(LoadError, { error: loadError, what: 'workflow', back: '/workflows', backLabel: 'Back to your workflows' });
  if (!draft) return h(Loading, { what: 'Loading the workflow' });

  const setSteps = (steps) => setDraft({ ...draft, steps });
  const move = (i, by) => {
    const steps = [...draft.steps];
    [steps[i], steps[i + by]] = [steps[i + by], steps[i]];
    setSteps(steps);
  };
  const addStep = () => {
    const taken = new Set(draft.steps.map((s) => s.name));
    let n = draft.steps.length + 1;
    while (taken.has('step_' + n)) n++;
    setSteps([...draft.steps, withKey({ name: 'step_' + n, code: STARTER })]);
  };
  const deploy = async () => {
    setBusy(true);
    setError(null);
    setDeployed(null);
    const body = { name: draft.name, steps: draft.steps.map(stepBody), settings: settingsBody(draft.settings, !isNew) };
    if (message.trim()) body.message = message.trim();
    try {
      if (isNew) {
        body.triggers = triggersBody([], draft.auth);
        const created = (await api('/v1/workflows', { method: 'POST', body })).data;
        navigate(`/workflows/${created.id}`);
      } else {
        body.active = draft.active;
        if (authChanged(draft.auth)) body.triggers = triggersBody(workflow.triggers, draft.auth);
        load((await api(`/v1/workflows/${params.id}`, { method: 'PUT', body })).data);
        setDeployed(new Date());
        setMessage('');
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  // the draft: saved (checked as a deploy is) without changing the live version; deployed or discarded
  const draftAction = async (what) => {
    setBusy(true);
    setError(null);
    setDraftError(null);
    setDeployed(null);
    setDraftNote(null);
    try {
      if (what === 'save') {
        const body = { name: draft.name, steps: draft.steps.map(stepBody), settings: settingsBody(draft.settings, true) };
        if (authChanged(draft.auth)) body.triggers = triggersBody(workflow.triggers, draft.auth);
        if (message.trim()) body.message = message.trim();
        setSaved((await api(`/v1/workflows/${params.id}/draft`, { method: 'PUT', body })).data);
        setDraftNote('Draft saved: the live version keeps running until the draft is deployed.');
      } else if (what === 'deploy') {
        const body = message.trim() ? { message: message.trim() } : {};
        load((await api(`/v1/workflows/${params.id}/draft/deploy`, { method: 'POST', body })).data);
        setSaved(null);
        setMessage('');
        setDeployed(new Date());
      } else if (what === 'open') {
        setDraft({ ...draft, name: saved.name, steps: saved.steps.map(withKey), settings: settingsDraft(saved.settings) });
        setDraftNote('The editor shows the draft.');
      } else {
        await api(`/v1/workflows/${params.id}/draft`, { method: 'DELETE' });
        setSaved(null);
        setDraftNote('Draft discarded.');
      }
    } catch (e) {
      if (what === 'save') setError(e); else setDraftError(e);
    } finally {
      setBusy(false);
    }
  };
  const stepError = stepOf(error) >= 0;
  const settingsError = error?.field?.startsWith('settings');
  const triggerError = /^triggers\[\d+\]\.auth/.test(error?.field ?? '');
  const setAuth = (i, a) => setDraft({ ...draft, auth: draft.auth.map((x, j) => (j === i ? a : x)) });
  const http = workflow?.triggers?.filter((t) => t.type === 'http') ?? [];
  const sources = workflow?.triggers?.filter((t) => t.type === 'source') ?? [];
  const emails = workflow?.triggers?.filter((t) => t.type === 'email') ?? [];
  const schedules = workflow?.triggers?.filter((t) => t.type === 'schedule') ?? [];

  return h('section', { class: 'builder' },
    h(Header, { title: isNew ? 'New workflow' : workflow.name },
      !isNew ? h(Link, { class: 'btn', href: `/workflows/${params.id}/executions` }, 'Executions') : null,
      !isNew ? h(Button, { onClick: () => setShowVersions(!showVersions), 'aria-expanded': showVersions ? 'true' : 'false',
        'aria-controls': 'versions-panel' }, 'Versions') : null,
      !isNew ? h(Button, { busy, onClick: () => draftAction('save') }, 'Save draft') : null,
      h(Button, { kind: 'primary', busy, onClick: deploy }, busy ? 'Deploying…' : 'Deploy')),
    deployed ? h('p', { class: 'notice', role: 'status' }, `Deployed version ${workflow.version}.`) : null,
    draftNote ? h('p', { class: 'notice', role: 'status' }, draftNote) : null,
    saved ? h('div', { class: 'notice draft-notice', role: 'region', 'aria-label': 'Draft' },
      h('p', null, `A draft based on version ${saved.base_version} is saved and not deployed`,
        saved.message ? ` (“${saved.message}”)` : '', '; the live version keeps running.'),
      h('div', { class: 'actions' },
        h(Button, { busy, onClick: () => draftAction('open') }, 'Open draft in the editor'),
        h(Button, { kind: 'primary', busy, onClick: () => draftAction('deploy') }, 'Deploy draft'),
        h(Button, { kind: 'danger', busy, onClick: () => draftAction('discard') }, 'Discard draft')),
      h(ErrorNote, { error: draftError })) : h(ErrorNote, { error: draftError }),
    showVersions ? h(VersionsPanel, { workflowId: params.id, draft: saved, live: workflow.version, onChanged: (w) => { load(w); setDeployed(null); } }) : null,
    h(ErrorNote, { error: error && !stepError && !settingsError && !triggerError && error.field !== 'name' ? error : null }),
    h(Field, { label: 'Name', id: 'workflow-name', value: draft.name, required: true, error: error?.field === 'name' ? error : null,
      onInput: (e) => setDraft({ ...draft, name: e.currentTarget.value }) }),
    !isNew ? h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: draft.active,
      onChange: (e) => setDraft({ ...draft, active: e.currentTarget.checked }) }), ' Active (inactive workflows answer 404 on their endpoints)') : null,
    !isNew ? h(FolderPicker, { workflow, onMoved: (w) => setWorkflow(w) }) : null,
    h('section', { class: 'card trigger', 'aria-labelledby': 'trigger-title' },
      h('h2', { id: 'trigger-title' }, 'Trigger'),
      isNew ? h('div', null, h('p', null, 'HTTP: the endpoint URL is made when you deploy.'),
        h(HttpAuth, { index: 0, value: draft.auth[0], error, onChange: (a) => setAuth(0, a) }))
        : http.map((t, i) => h('div', { key: t.id, class: 'http-trigger' }, h('div', { class: 'endpoint' }, h('span', null, 'HTTP endpoint '),
          h('code', { class: 'endpoint-url' }, t.endpoint_url), h(CopyButton, { text: t.endpoint_url, label: 'Copy URL' })),
          draft.auth[i] ? h(HttpAuth, { index: i, value: draft.auth[i], error, onChange: (a) => setAuth(i, a) }) : null)),
      emails.map((t) => h('div', { key: t.id, class: 'endpoint' }, h('span', null, 'Email address '),
        h('code', { class: 'email-address' }, t.email_address), h(CopyButton, { text: t.email_address, label: 'Copy address' }))),
      sources.map((t) => h('p', { key: t.source_id }, 'Source ', h(Link, { href: `/event-sources/${t.source_id}` }, t.source_id))),
      schedules.map((t) => h(ScheduleTrigger, { key: t.id, workflowId: params.id, trigger: t }))),
    !isNew ? h(TestPanel, { workflowId: params.id, stepNames: workflow.steps.map((s) => s.name) }) : null,
    h('h2', null, 'Steps'),
    h('ol', { class: 'steps' }, draft.steps.map((step, i) => h(Step, {
      key: step.key, step, index: i, count: draft.steps.length, error, projectId: workflow?.project_id,
      onChange: (s) => setSteps(draft.steps.map((x, j) => (j === i ? s : x))),
      onMove: (by) => move(i, by),
      onRemove: () => setSteps(draft.steps.filter((_, j) => j !== i)),
    }))),
    draft.steps.length === 0 ? h('p', { class: 'muted' }, 'No steps yet: add a code step.') : null,
    h('div', { class: 'actions' }, h(Button, { onClick: addStep }, 'Add a code step'),
      h(AddBlock, { taken: draft.steps.map((s) => s.name), onAdd: (block) => setSteps([...draft.steps, withKey(block)]) })),
    h(AddActionStep, { taken: draft.steps.map((s) => s.name), onAdd: (step) => setSteps([...draft.steps, withKey(step)]) }),
    h(SettingsForm, { draft: draft.settings, error: settingsError ? error : null, onChange: (settings) => setDraft({ ...draft, settings }) }),
    !isNew ? h(Field, { label: 'Deploy message (optional)', id: 'deploy-message', value: message, error: error?.field === 'message' ? error : null,
      hint: 'Kept with the version (or the draft) and shown in Versions.', onInput: (e) => setMessage(e.currentTarget.value) }) : null,
    h('div', { class: 'actions bottom' },
      !isNew ? h(Button, { busy, onClick: () => draftAction('save') }, 'Save draft') : null,
      h(Button, { kind: 'primary', busy, onClick: deploy }, busy ? 'Deploying…' : 'Deploy')));
}
