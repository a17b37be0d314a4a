// The built-in module "@pipedream/platform", every runtime export of the npm package (3.x): axios($, config)
// and axios.create, transformConfigForOauth, ConfigurationError, the constants, cloneSafe, jsonStringifySafe,
// getFileStream and getFileStreamAndMetadata (a /tmp path, an http(s) URL or a data: URL), $end, $send
// (legacy; $send.http/email/emit go to the step's $.send, the others fail), sqlProp and sqlProxy, and
// the send-config names. Written from the package's type declarations.
// Evaluated on first use by bootstrap.js's lib('platform'); the value is the library's factory.
(function platformLibrary(host, internals) {
  'use strict';
  class ConfigurationError extends Error {
    constructor(message, exposeStack = false) {
      super(message);
      this.name = 'ConfigurationError';
      this.exposeStack = exposeStack;
    }
  }

  function jsonStringifySafe(v, set) {
    try {
      return JSON.stringify(v);
    } catch (e) {
      const seen = new Set(set || []);
      if (seen.has(v)) return undefined;
      seen.add(v);
      if (typeof v !== 'object' || v === null) return undefined;
      const parts = [];
      if (Array.isArray(v)) {
        for (const item of v) { const s = jsonStringifySafe(item, seen); if (s) parts.push(s); }
        return '[' + parts.join(',') + ']';
      }
      for (const key in v) {
        const s = jsonStringifySafe(v[key], seen);
        if (s) parts.push(JSON.stringify(key) + ':' + s);
      }
      return '{' + parts.join(',') + '}';
    }
  }
  function cloneSafe(o) {
    const text = jsonStringifySafe(o);
    return text ? JSON.parse(text) : null;
  }

  // The request OAuth 1.0a signs: method, the full URL with params, and form-encoded data.
  function transformConfigForOauth(config) {
    const url = new (internals.lib('url').URL)((config.baseURL || '') + (config.url || ''));
    for (const [key, value] of Object.entries(config.params || {})) {
      if (value !== undefined && value !== null) url.searchParams.append(key, String(value));
    }
    const requestData = { method: config.method || 'get', url: url.href.replace(/\+/g, '%20') };
    let hasType = false;
    let formType = false;
    for (const key of Object.keys(config.headers || {})) {
      if (/content-type/i.test(key)) { hasType = true; formType = config.headers[key] === 'application/x-www-form-urlencoded'; break; }
    }
    if (config.data && typeof config.data === 'object' && formType) requestData.data = config.data;
    else if (typeof config.data === 'string' && (!hasType || formType)) {
      requestData.data = { ...internals.lib('node-small').querystring.parse(config.data) };
    }
    return requestData;
  }

  function axios(step, config, signConfig) {
    if (config && config.body !== undefined && config.body !== null) {
      return Promise.reject(new ConfigurationError('unexpected body, use only data instead'));
    }
    if (signConfig) {
      return Promise.reject(new ConfigurationError('OAuth 1.0a request signing (signConfig) is not supported by Millrace'));
    }
    return internals.lib('http').platformAxios(step, config);
  }
  axios.create = (config, signConfig) => {
    if (signConfig) throw new ConfigurationError('OAuth 1.0a request signing (signConfig) is not supported by Millrace');
    return internals.lib('http').axios.create(config);
  };

  const TYPES = { txt: 'text/plain', html: 'text/html', htm: 'text/html', css: 'text/css', csv: 'text/csv', js: 'text/javascript',
    mjs: 'text/javascript', json: 'application/json', xml: 'application/xml', pdf: 'application/pdf', zip: 'application/zip',
    gz: 'application/gzip', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp',
    svg: 'image/svg+xml', ico: 'image/vnd.microsoft.icon', mp3: 'audio/mpeg', wav: 'audio/wav', mp4: 'video/mp4',
    webm: 'video/webm', md: 'text/markdown', yaml: 'text/yaml', yml: 'text/yaml', doc: 'application/msword',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bin: 'application/octet-stream' };
  function lookup(name) {
    const m = /\.([A-Za-z0-9]+)$/.exec(name || '');
    return m ? TYPES[m[1].toLowerCase()] : undefined;
  }
  function extensionOf(type) {
    return Object.keys(TYPES).find(ext => TYPES[ext] === String(type).split(';')[0].trim());
  }

  function streamOf(bytes) {
    const { Readable } = internals.lib('stream');
    let sent = false;
    return new Readable({ read() { if (!sent) { sent = true; if (bytes.length > 0) this.push(bytes); } this.push(null); } });
  }

  async function load(pathOrUrl) {
    const { Buffer } = internals.lib('buffer');
    if (typeof pathOrUrl !== 'string') throw new TypeError('getFileStream: pass a file path or a URL, got ' + internals.inspect(pathOrUrl));
    if (pathOrUrl.startsWith('data:')) {
      const m = /^data:([^;,]*)?(?:;([^,]*))?,([\s\S]*)$/.exec(pathOrUrl);
      if (!m) throw new Error('Invalid data URL format');
      const mediaType = m[1] || 'text/plain;charset=US-ASCII';
      const params = (m[2] || '').split(';').filter(Boolean);
      const base64 = params.some(p => p.toLowerCase() === 'base64');
      let name = params.map(p => /^(?:file)?name=(.*)$/i.exec(p)).filter(Boolean).map(x => decodeURIComponent(x[1]))[0];
      const bytes = base64 ? Buffer.from(m[3], 'base64') : Buffer.from(decodeURIComponent(m[3]), 'utf8');
      if (!name) { const ext = extensionOf(mediaType); name = ext ? 'file.' + ext : 'file'; }
      return { bytes, metadata: { size: bytes.length, contentType: mediaType || undefined, name } };
    }
    let url = null;
    try { url = new (internals.lib('url').URL)(pathOrUrl); } catch (e) { url = null; }
    if (url) {
      const response = await internals.lib('http').fetch(pathOrUrl);
      if (!response.ok) throw new Error('Failed to fetch ' + pathOrUrl + ': ' + response.status + ' ' + response.statusText);
      const bytes = Buffer.from(await response.arrayBuffer());
      const headers = response.headers;
      const modified = headers.get('last-modified');
      const name = internals.lib('path').module.basename(url.pathname);
      return { bytes, metadata: { size: bytes.length, contentType: headers.get('content-type') || lookup(url.pathname),
        lastModified: modified ? new Date(modified) : undefined, name, etag: headers.get('etag') || undefined } };
    }
    const fs = internals.lib('fs').promises;
    let stats;
    try { stats = await fs.stat(pathOrUrl); } catch (e) { throw new Error('File not found: ' + pathOrUrl); }
    const bytes = await fs.readFile(pathOrUrl);
    return { bytes, metadata: { size: stats.size, lastModified: stats.mtime, name: internals.lib('path').module.basename(pathOrUrl),
      contentType: lookup(pathOrUrl) } };
  }
  async function getFileStream(pathOrUrl) { return streamOf((await load(pathOrUrl)).bytes); }
  async function getFileStreamAndMetadata(pathOrUrl) {
    const { bytes, metadata } = await load(pathOrUrl);
    return { stream: streamOf(bytes), metadata };
  }

  const END_NEEDLE = '__pd_end';
  // Ends the execution: Millrace's step driver treats the thrown error as $.flow.exit(message).
  function $end(message) {
    const error = new Error(message === undefined ? '$end' : String(message));
    error[END_NEEDLE] = { message, ts: new Date().toISOString() };
    throw error;
  }
  const current = { $: null };
  function legacySend(kind) {
    return config => {
      const $ = current.$;
      if (!$ || !$.send || typeof $.send[kind] !== 'function') throw new Error('$send.' + kind + ' is only available while a step runs');
      if (kind === 'emit') return $.send.emit(config && config.raw_event !== undefined ? config.raw_event : config);
      return $.send[kind](config);
    };
  }
  const $send = { http: legacySend('http'), email: legacySend('email'), emit: legacySend('emit') };
  for (const kind of ['s3', 'sql', 'snowflake', 'sse']) {
    $send[kind] = () => { throw new Error('$send.' + kind + ' is not supported by Millrace'); };
  }

  const sqlProp = { methods: {
    executeQueryAdapter(sqlPropValue) { return { query: sqlPropValue.query, values: sqlPropValue.params || [] }; },
    getSchema() { throw new ConfigurationError('getSchema not implemented'); },
  } };
  const sqlProxy = { methods: {
    getClientConfiguration() { throw new ConfigurationError('getClientConfiguration not implemented'); },
    executeQuery() { throw new ConfigurationError('executeQuery not implemented'); },
    proxyAdapter(args) { return typeof args === 'string' ? { query: args, params: [] } : { query: args.text || args.query, params: args.values || args.params || [] }; },
  } };

  const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'CONNECT', 'TRACE'];
  const module = {
    axios, transformConfigForOauth, ConfigurationError, cloneSafe, jsonStringifySafe, getFileStream,
    getFileStreamAndMetadata, sqlProp, sqlProxy, DEFAULT_POLLING_SOURCE_TIMER_INTERVAL: 60 * 15,
    PD_OFFICIAL_GMAIL_OAUTH_CLIENT_ID: 'fnd4m13k1mjb6djallp1m9kr7o8kslcu', HTTP_METHODS, END_NEEDLE, $end, $send,
    $event: undefined, $sendConfigRuntimeTypeChecker: {}, sendTypeMap: {}, SendConfigEmail: {}, SendConfigEmit: {},
    SendConfigEmit_required: {}, SendConfigEmit_optional: {}, SendConfigHTTP: {}, SendConfigS3: {}, SendConfigSQL: {},
    SendConfigSnowflake: {}, SendConfigSSE: {},
  };
  return { module, current, END_NEEDLE };
})
