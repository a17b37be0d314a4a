// Millrace step bootstrap. Evaluated in every fresh step context before the step's module.
// The script's value is install(host): it defines the globals a step may use (defineComponent,
// console, timers, module/exports) on top of the Java bridge `host` (see StepHost.java) and
// returns the driver { run(ns, propsJson, stepsJson), check(ns) }.
(function install(host) {
  'use strict';
  const g = globalThis;
  for (const name of ['print', 'printErr', 'load', 'loadWithNewGlobal', 'quit', 'exit', 'read', 'readbuffer',
                      'readline', 'Graal', 'Java', 'Polyglot', 'Packages', 'java', 'javax', 'com', 'org', 'edu',
                      'javafx']) {
    try { delete g[name]; } catch (e) { g[name] = undefined; }
  }

  // ---- console -------------------------------------------------------------------------------
  function cleanStack(stack) {
    return String(stack).split('\n').filter(line => !line.includes('millrace-bootstrap.js')).join('\n');
  }

  function inspect(value) {
    switch (typeof value) {
      case 'string': return JSON.stringify(value);
      case 'undefined': return 'undefined';
      case 'bigint': return value + 'n';
      case 'symbol': return value.toString();
      case 'function': return '[Function: ' + (value.name || '(anonymous)') + ']';
      case 'object': break;
      default: return String(value);
    }
    if (value === null) return 'null';
    if (value instanceof Error) return value.stack ? cleanStack(value.stack) : value.name + ': ' + value.message;
    const ancestors = [];
    try {
      return JSON.stringify(value, function (key, v) {
        if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') return inspect(v);
        if (v === undefined) return key === '' ? v : 'undefined';
        if (typeof v !== 'object' || v === null) return v;
        while (ancestors.length > 0 && ancestors[ancestors.length - 1] !== this) ancestors.pop();
        if (ancestors.includes(v)) return '[Circular]';
        ancestors.push(v);
        return v;
      });
    } catch (e) {
      return Object.prototype.toString.call(value);
    }
  }

  function format(args) {
    return args.map(a => (typeof a === 'string' ? a : inspect(a))).join(' ');
  }

  const levels = { log: 'log', info: 'info', warn: 'warn', error: 'error', debug: 'log', trace: 'log', dir: 'dir' };
  const console = {};
  for (const method of Object.keys(levels)) {
    console[method] = (...args) => { host.log(levels[method], format(args)); };
  }
  g.console = console;

  // ---- component definition ------------------------------------------------------------------
  g.defineComponent = component => component;
  g.module = { exports: {} };
  g.exports = g.module.exports;

  // ---- timers (driven by the Java event loop, see EventLoop.java) ----------------------------
  const intervals = new Map();
  let nextInterval = 1;
  g.setTimeout = (fn, ms, ...args) => {
    if (typeof fn !== 'function') throw new TypeError('setTimeout: callback must be a function');
    return host.setTimer(() => fn(...args), Number(ms) || 0);
  };
  g.setInterval = (fn, ms, ...args) => {
    if (typeof fn !== 'function') throw new TypeError('setInterval: callback must be a function');
    const id = -(nextInterval++);
    const tick = () => { intervals.set(id, host.setTimer(tick, Number(ms) || 0)); fn(...args); };
    intervals.set(id, host.setTimer(tick, Number(ms) || 0));
    return id;
  };
  g.clearTimeout = g.clearInterval = id => {
    if (intervals.has(id)) {
      host.clearTimer(intervals.get(id));
      intervals.delete(id);
    } else if (typeof id === 'number') {
      host.clearTimer(id);
    }
  };
  g.setImmediate = (fn, ...args) => g.setTimeout(fn, 0, ...args);
  g.clearImmediate = g.clearTimeout;
  g.queueMicrotask = fn => { Promise.resolve().then(fn); };

  // ---- $ -------------------------------------------------------------------------------------
  function jsonOf(what, value) {
    if (typeof value === 'function' || typeof value === 'symbol') {
      throw new TypeError(what + ' is not JSON-serializable (it is a ' + typeof value + ')');
    }
    try {
      return JSON.stringify(value);
    } catch (e) {
      throw new TypeError(what + ' is not JSON-serializable: ' + e.message);
    }
  }

  function headerList(headers) {
    const list = [];
    for (const [name, value] of Object.entries(headers || {})) {
      if (value === undefined || value === null) continue;
      list.push(String(name), Array.isArray(value) ? value.join(', ') : String(value));
    }
    return list;
  }

  function makeDollar() {
    return {
      export(name, value) {
        name = String(name);
        const json = jsonOf('$.export: value of "' + name + '"', value);
        host.export(name, json === undefined ? null : JSON.stringify(name) + ':' + json);
      },
      respond(response) {
        const res = response || {};
        const status = res.status === undefined || res.status === null ? 200 : Number(res.status);
        if (!Number.isInteger(status) || status < 100 || status > 999) {
          throw new TypeError('$.respond: status must be an HTTP status code, got ' + inspect(res.status));
        }
        const body = res.body;
        let text = '';
        let json = false;
        if (typeof body === 'string') {
          text = body;
        } else if (body !== undefined && body !== null) {
          text = jsonOf('$.respond: body', body);
          json = true;
        }
        const failure = host.respond(status, headerList(res.headers), text, json, res.immediate === true);
        if (failure) throw new Error('$.respond: ' + failure);
        return Promise.resolve();
      },
    };
  }

  // ---- driver --------------------------------------------------------------------------------
  function componentOf(ns) {
    const exported = ns && ns.default !== undefined ? ns.default : g.module.exports;
    return exported && typeof exported === 'object' ? exported : undefined;
  }

  function check(ns) {
    const component = componentOf(ns);
    if (!component) return 'the step must export a component: export default defineComponent({ ... })';
    if (typeof component.run !== 'function') return 'the component must export a run method';
    return null;
  }

  function errorName(e) {
    if (e instanceof Error || (e && typeof e === 'object' && typeof e.message === 'string')) {
      return typeof e.name === 'string' && e.name ? e.name : 'Error';
    }
    return 'Error';
  }

  function errorMessage(e) {
    if (e instanceof Error || (e && typeof e === 'object' && typeof e.message === 'string')) return String(e.message);
    return typeof e === 'object' && e !== null ? inspect(e) : String(e);
  }

  function run(ns, propsJson, stepsJson) {
    const problem = check(ns);
    if (problem) throw new TypeError(problem);
    const component = componentOf(ns);
    const self = Object.create(component);
    Object.assign(self, component.methods || {});
    const configured = JSON.parse(propsJson || '{}') || {};
    for (const [name, definition] of Object.entries(component.props || {})) {
      self[name] = definition && typeof definition === 'object' ? definition.default : undefined;
    }
    Object.assign(self, configured);
    const steps = JSON.parse(stepsJson || '{}');
    const $ = makeDollar();
    new Promise(resolve => resolve(component.run.call(self, { steps, $ })))
      .then(value => (value === undefined ? null : jsonOf('the value returned by run', value) ?? null))
      .then(json => host.succeed(json), error => host.fail(error, errorName(error), errorMessage(error)));
  }

  return { run, check };
})
