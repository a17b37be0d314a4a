// The built-in module "events": Node's EventEmitter (on/once/off, prepend, error events, max listeners,
// captureRejections off), events.once and events.on for promises and async iteration, and EventTarget.
// Evaluated on first use by bootstrap.js's lib('events'); the value is the library's factory.
(function eventsLibrary(host, internals) {
  'use strict';
  const kCapture = Symbol('kCapture');
  let defaultMaxListeners = 10;

  function checkListener(listener) {
    if (typeof listener !== 'function') {
      throw Object.assign(new TypeError('The "listener" argument must be of type function. Received '
        + internals.inspect(listener)), { code: 'ERR_INVALID_ARG_TYPE' });
    }
  }

  function EventEmitter(options) {
    EventEmitter.init.call(this, options);
  }
  EventEmitter.init = function init() {
    if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    }
    this._maxListeners = this._maxListeners || undefined;
  };
  Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
    enumerable: true, get: () => defaultMaxListeners, set(n) { defaultMaxListeners = n; },
  });
  EventEmitter.errorMonitor = Symbol('events.errorMonitor');
  EventEmitter.captureRejectionSymbol = Symbol.for('nodejs.rejection');
  EventEmitter.prototype._events = undefined;
  EventEmitter.prototype._eventsCount = 0;
  EventEmitter.prototype._maxListeners = undefined;
  EventEmitter.prototype[kCapture] = false;

  const proto = EventEmitter.prototype;
  function events(target) {
    if (!target._events) { target._events = Object.create(null); target._eventsCount = 0; }
    return target._events;
  }
  proto.setMaxListeners = function setMaxListeners(n) { this._maxListeners = n; return this; };
  proto.getMaxListeners = function getMaxListeners() {
    return this._maxListeners === undefined ? defaultMaxListeners : this._maxListeners;
  };
  proto.emit = function emit(type, ...args) {
    const all = events(this);
    if (type === 'error' && all[EventEmitter.errorMonitor]) this.emit(EventEmitter.errorMonitor, ...args);
    const handler = all[type];
    if (handler === undefined) {
      if (type === 'error') {
        const er = args[0];
        if (er instanceof Error) throw er;
        const error = new Error('Unhandled error. (' + internals.inspect(er) + ')');
        error.code = 'ERR_UNHANDLED_ERROR';
        error.context = er;
        throw error;
      }
      return false;
    }
    if (typeof handler === 'function') {
      handler.apply(this, args);
    } else {
      for (const listener of handler.slice()) listener.apply(this, args);
    }
    return true;
  };
  function addListener(target, type, listener, prepend) {
    checkListener(listener);
    const all = events(target);
    if (all.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
    }
    const existing = all[type];
    if (existing === undefined) {
      all[type] = listener;
      target._eventsCount++;
    } else if (typeof existing === 'function') {
      all[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    return target;
  }
  proto.addListener = proto.on = function on(type, listener) { return addListener(this, type, listener, false); };
  proto.prependListener = function prependListener(type, listener) { return addListener(this, type, listener, true); };
  function onceWrapper(target, type, listener) {
    const state = { fired: false, target, type, listener };
    const wrapped = function (...args) {
      if (state.fired) return undefined;
      state.fired = true;
      target.removeListener(type, wrapped);
      return listener.apply(target, args);
    };
    wrapped.listener = listener;
    return wrapped;
  }
  proto.once = function once(type, listener) {
    checkListener(listener);
    return this.on(type, onceWrapper(this, type, listener));
  };
  proto.prependOnceListener = function prependOnceListener(type, listener) {
    checkListener(listener);
    return this.prependListener(type, onceWrapper(this, type, listener));
  };
  proto.removeListener = proto.off = function removeListener(type, listener) {
    checkListener(listener);
    const all = events(this);
    const list = all[type];
    if (list === undefined) return this;
    if (list === listener || list.listener === listener) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete all[type];
      if (all.removeListener) this.emit('removeListener', type, list.listener || listener);
      return this;
    }
    if (typeof list !== 'function') {
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i] === listener || list[i].listener === listener) {
          list.splice(i, 1);
          if (list.length === 1) all[type] = list[0];
          if (all.removeListener !== undefined) this.emit('removeListener', type, listener);
          break;
        }
      }
    }
    return this;
  };
  proto.removeAllListeners = function removeAllListeners(type) {
    const all = events(this);
    if (type === undefined) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (all[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete all[type];
    }
    return this;
  };
  function listenersOf(target, type, unwrap) {
    const list = events(target)[type];
    if (list === undefined) return [];
    const array = typeof list === 'function' ? [list] : list.slice();
    return unwrap ? array.map(l => l.listener || l) : array;
  }
  proto.listeners = function listeners(type) { return listenersOf(this, type, true); };
  proto.rawListeners = function rawListeners(type) { return listenersOf(this, type, false); };
  proto.listenerCount = function listenerCount(type) { return listenersOf(this, type, false).length; };
  proto.eventNames = function eventNames() { return this._eventsCount > 0 ? Reflect.ownKeys(events(this)) : []; };
  EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);
  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.usingDomains = false;
  EventEmitter.setMaxListeners = (n = defaultMaxListeners) => { defaultMaxListeners = n; };
  // Node's events.addAbortListener: the listener runs once when the signal aborts (at once if it has); the result
  // removes it when disposed
  EventEmitter.addAbortListener = function addAbortListener(signal, listener) {
    if (signal == null || typeof signal.addEventListener !== 'function') throw new TypeError('The "signal" argument must be an AbortSignal');
    if (typeof listener !== 'function') throw new TypeError('The "listener" argument must be of type function');
    if (signal.aborted) queueMicrotask(() => listener());
    else signal.addEventListener('abort', listener, { once: true });
    const dispose = () => signal.removeEventListener('abort', listener);
    return Symbol.dispose ? { [Symbol.dispose]: dispose } : { dispose };
  };
  EventEmitter.getEventListeners = (emitter, type) => (typeof emitter.listeners === 'function'
    ? emitter.listeners(type) : []);

  // events.once(emitter, name): a promise of the arguments of the next `name` event (rejects on 'error').
  EventEmitter.once = function once(emitter, name, options) {
    return new Promise((resolve, reject) => {
      const signal = options && options.signal;
      if (typeof emitter.addEventListener === 'function' && typeof emitter.on !== 'function') {
        emitter.addEventListener(name, (...args) => resolve(args), { once: true });
        return;
      }
      const onError = error => { emitter.removeListener(name, onEvent); reject(error); };
      const onEvent = (...args) => { if (name !== 'error') emitter.removeListener('error', onError); resolve(args); };
      emitter.once(name, onEvent);
      if (name !== 'error') emitter.once('error', onError);
      if (signal) {
        signal.addEventListener('abort', () => {
          emitter.removeListener(name, onEvent);
          emitter.removeListener('error', onError);
          reject(Object.assign(new Error('The operation was aborted'), { name: 'AbortError', code: 'ABORT_ERR' }));
        }, { once: true });
      }
    });
  };

  // events.on(emitter, name): an async iterator of the arguments of every `name` event.
  EventEmitter.on = function on(emitter, name) {
    const queue = [];
    const waiting = [];
    let failure = null;
    let done = false;
    const onEvent = (...args) => {
      if (waiting.length > 0) waiting.shift().resolve({ value: args, done: false });
      else queue.push(args);
    };
    const onError = error => {
      done = true;
      if (waiting.length > 0) waiting.shift().reject(error);
      else failure = error;
    };
    emitter.on(name, onEvent);
    if (name !== 'error') emitter.on('error', onError);
    const stop = () => {
      done = true;
      emitter.removeListener(name, onEvent);
      emitter.removeListener('error', onError);
      for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
    };
    return {
      next() {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
        if (failure) { const e = failure; failure = null; stop(); return Promise.reject(e); }
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      },
      return() { stop(); return Promise.resolve({ value: undefined, done: true }); },
      throw(error) { stop(); return Promise.reject(error); },
      [Symbol.asyncIterator]() { return this; },
    };
  };

  class Event {
    constructor(type, options = {}) {
      this.type = String(type);
      this.bubbles = !!options.bubbles;
      this.cancelable = !!options.cancelable;
      this.defaultPrevented = false;
      this.timeStamp = Date.now();
      this.target = null;
      this.currentTarget = null;
    }
    preventDefault() { if (this.cancelable) this.defaultPrevented = true; }
    stopPropagation() {}
    stopImmediatePropagation() { this._stopped = true; }
  }
  class EventTarget {
    constructor() { Object.defineProperty(this, '_listeners', { value: new Map() }); }
    addEventListener(type, listener, options) {
      if (!listener) return;
      const list = this._listeners.get(type) || [];
      if (list.some(l => l.listener === listener)) return;
      list.push({ listener, once: !!(options && typeof options === 'object' && options.once) });
      this._listeners.set(type, list);
    }
    removeEventListener(type, listener) {
      const list = this._listeners.get(type);
      if (list) this._listeners.set(type, list.filter(l => l.listener !== listener));
    }
    dispatchEvent(event) {
      const list = (this._listeners.get(event.type) || []).slice();
      try { event.target = this; event.currentTarget = this; } catch (ignored) { /* read-only */ }
      for (const entry of list) {
        if (entry.once) this.removeEventListener(event.type, entry.listener);
        if (typeof entry.listener === 'function') entry.listener.call(this, event);
        else entry.listener.handleEvent(event);
        if (event._stopped) break;
      }
      return !event.defaultPrevented;
    }
  }
  // The global DOMException (an Error, as in Node), with the legacy codes of its names.
  const CODES = { IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
    NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12,
    InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18,
    NetworkError: 19, AbortError: 20, URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23,
    InvalidNodeTypeError: 24, DataCloneError: 25 };
  class DOMException extends Error {
    constructor(message = '', options = 'Error') {
      super(String(message));
      const name = options !== null && typeof options === 'object' ? String(options.name ?? 'Error') : String(options);
      Object.defineProperty(this, 'name', { value: name, configurable: true, writable: true });
      Object.defineProperty(this, 'code', { value: CODES[name] || 0, configurable: true });
      if (options !== null && typeof options === 'object' && 'cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, configurable: true, writable: true });
      }
    }
    get [Symbol.toStringTag]() { return 'DOMException'; }
  }
  for (const [name, code] of Object.entries(CODES)) {
    const constant = name.replace(/Error$/, '').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() + '_ERR';
    Object.defineProperty(DOMException, constant, { value: code, enumerable: true });
  }
  function abortError(reason) {
    return reason !== undefined ? reason : new DOMException('This operation was aborted', 'AbortError');
  }
  class AbortSignal extends EventTarget {
    constructor() { super(); this.aborted = false; this.reason = undefined; this.onabort = null; }
    throwIfAborted() { if (this.aborted) throw this.reason; }
    static abort(reason) { const c = new AbortController(); c.abort(reason); return c.signal; }
    static timeout(ms) {
      const c = new AbortController();
      internals.timers.setTimeout(() => c.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms);
      return c.signal;
    }
    static any(signals) {
      const c = new AbortController();
      for (const s of signals) {
        if (s.aborted) { c.abort(s.reason); break; }
        s.addEventListener('abort', () => c.abort(s.reason), { once: true });
      }
      return c.signal;
    }
  }
  class AbortController {
    constructor() { this.signal = new AbortSignal(); }
    abort(reason) {
      const signal = this.signal;
      if (signal.aborted) return;
      signal.aborted = true;
      signal.reason = abortError(reason);
      const event = new Event('abort');
      if (typeof signal.onabort === 'function') signal.onabort.call(signal, event);
      signal.dispatchEvent(event);
    }
  }
  EventEmitter.Event = Event;
  EventEmitter.EventTarget = EventTarget;
  return { EventEmitter, Event, EventTarget, AbortController, AbortSignal, DOMException, module: EventEmitter };
})
