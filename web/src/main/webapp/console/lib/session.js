// The browser session: restored from GET /session on load, set by sign-in, ended by sign-out or a 401. The chosen
// workspace is remembered in localStorage and sent as org_id with every /v1 call.
import { useEffect, useState } from 'preact/hooks';
import { api, onSignedOut, setCsrfToken, setWorkspace } from './api.js';

const WORKSPACE_KEY = 'millrace.workspace';
let state = { status: 'loading' };
const listeners = new Set();

function set(next) {
  state = next;
  listeners.forEach((l) => l(state));
}

function apply(data) {
  setCsrfToken(data.csrf_token);
  const orgs = data.user.orgs ?? [];
  const saved = localStorage.getItem(WORKSPACE_KEY);
  const chosen = orgs.find((o) => o.id === saved)?.id ?? orgs[0]?.id ?? null;
  setWorkspace(chosen);
  set({ status: 'signed-in', user: data.user, workspace: chosen, enrolmentRequired: !!data.two_factor_enrolment_required });
}

export async function restore() {
  try {
    apply((await api('/session')).data);
  } catch (e) {
    set(e.status === 401 ? { status: 'signed-out' } : { status: 'error', error: e });
  }
}

/** After POST /login answered 200 with its data. */
export function signedIn(data) { apply(data); }

export async function signOut() {
  try {
    await api('/logout', { method: 'POST' });
  } finally {
    setCsrfToken(null);
    set({ status: 'signed-out', byUser: true });
  }
}

export function chooseWorkspace(id) {
  localStorage.setItem(WORKSPACE_KEY, id);
  setWorkspace(id);
  set({ ...state, workspace: id });
}

onSignedOut(() => { if (state.status === 'signed-in') set({ status: 'signed-out', expired: true }); });

export function useSession() {
  const [current, setCurrent] = useState(state);
  useEffect(() => { listeners.add(setCurrent); setCurrent(state); return () => listeners.delete(setCurrent); }, []);
  return current;
}
