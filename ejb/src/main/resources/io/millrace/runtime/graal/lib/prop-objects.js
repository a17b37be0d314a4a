// The objects that props of the non-input types put on `this`: data_store (the documented async API
// over host.extras().store, i.e. the DataStore port, see HostStores.java), http_request (the configured
// request with execute()), and, in sources, app props (their methods and $auth), $.interface.timer,
// $.interface.http ({ endpoint, respond }), $.service.db (get/set over the run's snapshot) and alert
// (inert). Evaluated on first use by bootstrap.js's lib('prop-objects'); the value is the library's factory.
(function propObjectsLibrary(host, internals) {
  'use strict';
  const { inspect, jsonOf, headerList } = internals;
  function configurationError(message) {
    return new (internals.lib('extras').platform.ConfigurationError)(message);
  }
  const COLLECTIONS = [Map, Set, WeakMap, WeakSet];

  // The prop's definition: "$.service.db" (a string) means { type: "$.service.db" }; propDefinitions are merged.
  function definitionOf(raw) {
    if (typeof raw === 'string') return { type: raw };
    return internals.lib('props').definitionOf(raw);
  }

  // The JSON of a value a store keeps: JSON-serializable data only, or a TypeError saying what is not.
  function storedJson(what, value) {
    if (value === undefined) throw new TypeError(what + ': the value is undefined (delete the key to remove it)');
    try {
      return JSON.stringify(value, (key, v) => {
        if (typeof v === 'function' || typeof v === 'symbol') throw new TypeError('it contains a ' + typeof v);
        if (typeof v === 'bigint') throw new TypeError('it contains a BigInt');
        if (v !== null && typeof v === 'object' && COLLECTIONS.some(type => v instanceof type)) {
          throw new TypeError('it contains a ' + v.constructor.name);
        }
        return v;
      });
    } catch (e) {
      throw new TypeError(what + ': the value is not JSON-serializable: ' + e.message);
    }
  }

  function keyOf(what, key) {
    if (typeof key === 'number' && Number.isFinite(key)) return String(key);
    if (typeof key !== 'string' || key === '') throw new TypeError(what + ': the key must be a non-empty string, got ' + inspect(key));
    return key;
  }

  function ttlOf(what, ttl) {
    if (ttl === undefined || ttl === null) return null;
    if (typeof ttl !== 'number' || !Number.isFinite(ttl) || ttl <= 0) {
      throw new TypeError(what + ': ttl must be a positive number of seconds, or null for no expiry, got ' + inspect(ttl));
    }
    return Math.ceil(ttl);
  }

  function unwrap(what, text) {
    const reply = JSON.parse(text);
    if (reply.error !== undefined) throw new Error(what + ': ' + reply.error);
    return reply.ok;
  }

  // ---- data_store -------------------------------------------------------------------------------
  function dataStore(name, configured) {
    const opened = JSON.parse(host.extras().storeOpen(JSON.stringify(configured)));
    if (opened.error !== undefined) throw configurationError('Prop "' + name + '" (data_store): ' + opened.error);
    const handle = opened.ok;
    const call = (op, key, valueJson, ttl) => unwrap('this.' + name + '.' + op,
      host.extras().store(handle, op, key, valueJson === undefined ? null : valueJson, ttl === undefined ? null : ttl));
    const where = op => 'this.' + name + '.' + op;
    const store = {
      async get(key) {
        const found = call('get', keyOf(where('get'), key));
        return found === null ? undefined : found.value;
      },
      async set(key, value, options) {
        const k = keyOf(where('set'), key);
        if (options !== undefined && options !== null && typeof options !== 'object') {
          throw new TypeError(where('set') + ': the options must be an object { ttl }, got ' + inspect(options));
        }
        call('set', k, storedJson(where('set'), value), ttlOf(where('set'), options ? options.ttl : null));
      },
      async delete(key) { return call('delete', keyOf(where('delete'), key)); },
      async has(key) { return call('has', keyOf(where('has'), key)); },
      async keys() { return call('keys', ''); },
      async entries() { return call('entries', ''); },
      async clear() { call('clear', ''); },
      async setTtl(key, ttl) { return call('setTtl', keyOf(where('setTtl'), key), null, ttlOf(where('setTtl'), ttl)); },
      async *[Symbol.asyncIterator]() {
        for (const entry of call('entries', '')) yield entry;
      },
    };
    return store;
  }

  // ---- http_request -----------------------------------------------------------------------------
  // { name, value } lists (as the prop form stores headers and params) or plain objects, as an object.
  function pairs(value) {
    if (value === undefined || value === null) return undefined;
    if (Array.isArray(value)) {
      const out = {};
      for (const item of value) {
        if (item && typeof item === 'object' && typeof item.name === 'string' && item.name !== '') out[item.name] = item.value;
      }
      return out;
    }
    return typeof value === 'object' ? Object.assign({}, value) : undefined;
  }

  function httpRequest(name, configured) {
    const request = configured !== null && typeof configured === 'object' ? JSON.parse(JSON.stringify(configured)) : {};
    Object.defineProperty(request, 'execute', {
      enumerable: false,
      value: async function execute() {
        if (typeof request.url !== 'string' || request.url === '') {
          throw configurationError('Prop "' + name + '" (http_request) has no url to send the request to');
        }
        const headers = pairs(request.headers) || {};
        const config = { method: String(request.method || 'GET').toUpperCase(), url: request.url, headers };
        const params = pairs(request.params);
        if (params) config.params = params;
        const body = request.body !== undefined ? request.body : request.data;
        if (body !== null && typeof body === 'object' && (body.type === 'raw' || body.type === 'fields')) {
          config.data = body.type === 'raw' ? body.raw : pairs(body.fields);
          if (typeof body.contentType === 'string' && body.contentType) headers['Content-Type'] = body.contentType;
        } else if (body !== undefined && body !== null && body !== '') {
          config.data = body;
        }
        const auth = request.auth;
        if (auth && typeof auth === 'object') {
          if (auth.type === 'basic') config.auth = { username: String(auth.username || ''), password: String(auth.password || '') };
          else if (auth.type === 'bearer' && auth.token) headers.Authorization = 'Bearer ' + auth.token;
        }
        return internals.lib('http').axios(config);
      },
    });
    return request;
  }

  // ---- sources: app, interfaces, db -----------------------------------------------------------
  // An app prop's object: the app file's methods (its _-prefixed helpers too) bound to it, its $auth (the prop's
  // configured $auth until connected accounts exist), and, not enumerable, its app name and propDefinitions.
  function app(definition, configured) {
    const object = {};
    const auth = configured !== null && typeof configured === 'object' ? configured.$auth : undefined;
    object.$auth = auth !== null && typeof auth === 'object' ? auth : {};
    for (const key of ['app', 'propDefinitions', 'type']) {
      if (definition[key] !== undefined) Object.defineProperty(object, key, { value: definition[key], enumerable: false });
    }
    const methods = definition.methods !== null && typeof definition.methods === 'object' ? definition.methods : {};
    for (const key of Object.keys(methods)) {
      if (typeof methods[key] === 'function') object[key] = methods[key].bind(object);
      else object[key] = methods[key];
    }
    return object;
  }

  function timer(configured, definition) {
    const schedule = configured !== null && typeof configured === 'object' ? configured : definition.default;
    const out = { type: '$.interface.timer' };
    for (const key of ['intervalSeconds', 'cron', 'timezone']) {
      if (schedule && schedule[key] !== undefined) out[key] = schedule[key];
    }
    return out;
  }

  function respondBody(body) {
    if (typeof body === 'string') return { body, json: false };
    if (body === undefined || body === null) return { body: '', json: false };
    if (body instanceof ArrayBuffer) return { body: body.slice(0), json: false };
    if (ArrayBuffer.isView(body)) return { body: body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength), json: false };
    return { body: jsonOf('respond: body', body), json: true };
  }

  function http(name, endpoint, phase) {
    const what = 'this.' + name + '.respond';
    const object = { endpoint: endpoint === null || endpoint === undefined ? undefined : String(endpoint) };
    Object.defineProperty(object, 'respond', {
      enumerable: false,
      value: function respond(response) {
        if (phase !== 'run') throw new Error(what + ' can only be called in run');
        const res = response || {};
        const status = res.status === undefined || res.status === null ? 200 : Number(res.status);
        if (!Number.isInteger(status) || status < 100 || status > 999) {
          throw new TypeError(what + ': status must be an HTTP status code, got ' + inspect(res.status));
        }
        const { body, json } = respondBody(res.body);
        refuse(what, host.extras().respond(status, headerList(res.headers), body, json));
      },
    });
    return object;
  }

  function refuse(what, failure) {
    if (failure !== null && failure !== undefined) throw new Error(what + ': ' + failure);
  }

  // $.service.db: get/set over the run's snapshot; json() is what RunExtras keeps after a successful run.
  function db(initial) {
    const values = new Map();
    for (const key of Object.keys(initial || {})) values.set(key, JSON.stringify(initial[key]));
    const service = {
      get(key) {
        const json = values.get(String(key));
        return json === undefined ? undefined : JSON.parse(json);
      },
      set(key, value) {
        if (value === undefined) values.delete(String(key));
        else values.set(String(key), storedJson('this.db.set', value));
      },
    };
    const json = () => '{' + Array.from(values, ([key, value]) => JSON.stringify(key) + ':' + value).join(',') + '}';
    return { service, json };
  }

  /**
   * Puts the objects of the declared props of these types on `self`, given their resolved values.
   * options: { source, phase, endpoint, db } (source: also app, interface, service and alert props).
   */
  function attach(self, declared, values, options) {
    const source = options && options.source === true;
    for (const name of Object.keys(declared || {})) {
      const definition = definitionOf(declared[name]);
      const value = values[name];
      switch (definition.type) {
        case 'data_store':
          if (value === undefined || value === null || value === '') {
            if (definition.optional === true) { self[name] = undefined; break; }
            throw configurationError('Prop "' + name + '" (data_store) has no data store configured: set it to a data store\'s id or name');
          }
          self[name] = dataStore(name, value);
          break;
        case 'http_request':
          self[name] = httpRequest(name, value);
          break;
        case 'app':
          self[name] = app(definition, value);
          break;
        case '$.interface.timer':
          if (source) self[name] = timer(value, definition);
          break;
        case '$.interface.http':
          if (source) self[name] = http(name, options.endpoint, options.phase);
          break;
        case '$.service.db':
          if (source) self[name] = options.db.service;
          break;
        case 'alert':
          if (source) self[name] = undefined;
          break;
        default:
          break;
      }
    }
  }

  return { attach, db, definitionOf, storedJson, app };
})
