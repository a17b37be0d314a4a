// The API client: every call goes to the public API with the browser session's cookie, the CSRF token on
// writes and the chosen workspace as org_id. Errors become ApiError with the server's status, message and field.

let csrfToken = null;
let workspaceId = null;
const signedOutListeners = new Set();

export class ApiError extends Error {
  constructor(status, message, field) {
    super(message);
    this.status = status;
    this.field = field ?? null;
  }
}

export function setCsrfToken(token) { csrfToken = token; }
export function setWorkspace(id) { workspaceId = id; }
export function workspace() { return workspaceId; }
/** Called with no arguments when the server says the session is gone (a 401 from /v1). */
export function onSignedOut(listener) { signedOutListeners.add(listener); return () => signedOutListeners.delete(listener); }

/** The URL of an API path with its query; /v1 paths get the workspace's org_id. */
export function apiUrl(path, query = {}) {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => url.searchParams.append(key, v));
    else url.searchParams.set(key, value);
  }
  if (workspaceId && path.startsWith('/v1/') && !url.searchParams.has('org_id')) url.searchParams.set('org_id', workspaceId);
  return url.pathname + url.search;
}

/** Calls the API; answers the parsed JSON (null for 204) or throws ApiError. */
export async function api(path, { method = 'GET', body, query } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(apiUrl(path, query), {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, 'the server cannot be reached: ' + e.message);
  }
  return answer(response, path);
}

/** Sends bytes (a File or Blob, e.g. a file upload) as the request body; answers as api() does. */
export async function sendBytes(path, { method = 'PUT', query, bytes, contentType } = {}) {
  const headers = { Accept: 'application/json', 'Content-Type': contentType || 'application/octet-stream' };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(apiUrl(path, query), { method, headers, credentials: 'same-origin', body: bytes });
  } catch (e) {
    throw new ApiError(0, 'the server cannot be reached: ' + e.message);
  }
  return answer(response, path);
}

async function answer(response, path) {
  if (response.status === 204) return null;
  let json = null;
  try { json = await response.json(); } catch { /* not JSON */ }
  if (!response.ok) {
    const error = json?.error;
    if (response.status === 401 && path.startsWith('/v1/')) signedOutListeners.forEach((l) => l());
    throw new ApiError(response.status, error?.message ?? error?.error_message ?? `${response.status} ${response.statusText}`,
      error?.field);
  }
  return json;
}

/**
 * One page of a paginated list: {items, pageInfo}. cursor is {after} or {before} from a previous page's
 * pageInfo (start_cursor / end_cursor), or nothing for the newest page.
 */
export async function page(path, query = {}, cursor = {}) {
  const json = await api(path, { query: { ...query, ...cursor } });
  return { items: json.data, pageInfo: json.page_info };
}

/** Every item of a paginated list, following end_cursor, at most `max` items. */
export async function all(path, query = {}, max = 1000) {
  const items = [];
  let after;
  while (items.length < max) {
    const { items: more, pageInfo } = await page(path, { ...query, limit: 100 }, after ? { after } : {});
    items.push(...more);
    if (!pageInfo?.end_cursor || more.length < 100) break;
    after = pageInfo.end_cursor;
  }
  return items;
}
