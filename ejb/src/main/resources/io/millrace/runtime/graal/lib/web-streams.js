// WHATWG streams, the globals ReadableStream, WritableStream, TransformStream (with their readers, writers and
// controllers), TextEncoderStream, TextDecoderStream, ByteLengthQueuingStrategy and CountQueuingStrategy, also
// the built-in module "stream/web". Queues with highWaterMark and size(), pull on demand, cancel, locking,
// tee, pipeTo / pipeThrough and async iteration as the Streams standard describes them; a 'bytes' source
// is read as a default stream of Uint8Array chunks (no BYOB readers).
// Evaluated on first use by bootstrap.js's lib('web-streams'); the value is the library's factory.
(function webStreamsLibrary(host, internals) {
  'use strict';
  const noop = () => {};
  const resolved = Promise.resolve();
  const typeError = message => new TypeError(message);
  const call = (target, name, args, fallback) => {
    const fn = target && target[name];
    if (fn === undefined || fn === null) return Promise.resolve(fallback);
    if (typeof fn !== 'function') return Promise.reject(typeError(name + ' must be a function'));
    try { return Promise.resolve(fn.apply(target, args)); } catch (error) { return Promise.reject(error); }
  };
  function deferred() {
    const d = {};
    d.promise = new Promise((resolve, reject) => { d.resolve = resolve; d.reject = reject; });
    d.promise.catch(noop); // a stream's closed promise rejects unobserved when nobody waits on it
    return d;
  }
  function strategyOf(strategy, defaultHwm) {
    const hwm = strategy && strategy.highWaterMark !== undefined ? Number(strategy.highWaterMark) : defaultHwm;
    if (Number.isNaN(hwm) || hwm < 0) throw new RangeError('Invalid highWaterMark');
    const size = strategy && typeof strategy.size === 'function' ? strategy.size : () => 1;
    return { hwm, size };
  }

  class CountQueuingStrategy {
    constructor({ highWaterMark }) { this.highWaterMark = highWaterMark; }
    size() { return 1; }
  }
  class ByteLengthQueuingStrategy {
    constructor({ highWaterMark }) { this.highWaterMark = highWaterMark; }
    size(chunk) { return chunk.byteLength; }
  }

  // ---- ReadableStream -------------------------------------------------------------------------
  const readables = new WeakMap();

  class ReadableStreamDefaultController {
    constructor(key) { if (key !== readables) throw typeError('Illegal constructor'); }
    get desiredSize() { const s = this._s; return s.state === 'errored' ? null : s.state === 'closed' ? 0 : s.hwm - s.queueSize; }
    enqueue(chunk) {
      const s = this._s;
      if (s.closeRequested || s.state !== 'readable') throw typeError('Invalid state: the stream is not readable');
      if (s.reads.length > 0) s.reads.shift().resolve({ value: chunk, done: false });
      else {
        let size;
        try { size = s.size(chunk); } catch (error) { this.error(error); throw error; }
        s.queue.push({ chunk, size });
        s.queueSize += size;
      }
      pullIfNeeded(s);
    }
    close() {
      const s = this._s;
      if (s.closeRequested || s.state !== 'readable') throw typeError('Invalid state: the stream is already closing');
      s.closeRequested = true;
      if (s.queue.length === 0) closeReadable(s);
    }
    error(reason) { errorReadable(this._s, reason); }
    get byobRequest() { return null; }
  }

  function closeReadable(s) {
    if (s.state !== 'readable') return;
    s.state = 'closed';
    for (const r of s.reads.splice(0)) r.resolve({ value: undefined, done: true });
    if (s.reader) s.reader._closed.resolve();
  }
  function errorReadable(s, reason) {
    if (s.state !== 'readable') return;
    s.state = 'errored';
    s.storedError = reason;
    s.queue = [];
    s.queueSize = 0;
    for (const r of s.reads.splice(0)) r.reject(reason);
    if (s.reader) s.reader._closed.reject(reason);
  }
  function pullIfNeeded(s) {
    if (!s.started || s.state !== 'readable' || s.closeRequested) return;
    if (s.reads.length === 0 && s.hwm - s.queueSize <= 0) return;
    if (s.pulling) { s.pullAgain = true; return; }
    s.pulling = true;
    call(s.source, 'pull', [s.controller]).then(() => {
      s.pulling = false;
      if (s.pullAgain) { s.pullAgain = false; pullIfNeeded(s); }
    }, error => errorReadable(s, error));
  }
  function cancelReadable(s, reason) {
    s.disturbed = true;
    if (s.state === 'closed') return resolved;
    if (s.state === 'errored') return Promise.reject(s.storedError);
    s.queue = [];
    s.queueSize = 0;
    closeReadable(s);
    return call(s.source, 'cancel', [reason]).then(noop);
  }
  function readFrom(s) {
    s.disturbed = true;
    if (s.state === 'closed') return Promise.resolve({ value: undefined, done: true });
    if (s.state === 'errored') return Promise.reject(s.storedError);
    if (s.queue.length > 0) {
      const { chunk, size } = s.queue.shift();
      s.queueSize -= size;
      if (s.closeRequested && s.queue.length === 0) closeReadable(s);
      else pullIfNeeded(s);
      return Promise.resolve({ value: chunk, done: false });
    }
    const d = deferred();
    s.reads.push(d);
    pullIfNeeded(s);
    return d.promise;
  }

  class ReadableStream {
    constructor(source = {}, strategy = {}) {
      const bytes = source && source.type === 'bytes';
      if (source && source.type !== undefined && !bytes) throw new RangeError('Invalid type: ' + source.type);
      const { hwm, size } = strategyOf(strategy, bytes ? 0 : 1);
      const s = { source, hwm, size: bytes ? chunk => chunk.byteLength : size, queue: [], queueSize: 0, reads: [],
        state: 'readable', started: false, pulling: false, pullAgain: false, closeRequested: false, reader: null,
        disturbed: false, storedError: undefined };
      s.controller = new ReadableStreamDefaultController(readables);
      s.controller._s = s;
      readables.set(this, s);
      call(source, 'start', [s.controller]).then(() => { s.started = true; pullIfNeeded(s); }, error => errorReadable(s, error));
    }
    get locked() { return readables.get(this).reader !== null; }
    cancel(reason) {
      const s = readables.get(this);
      if (s.reader) return Promise.reject(typeError('Invalid state: the ReadableStream is locked'));
      return cancelReadable(s, reason);
    }
    getReader(options = {}) {
      if (options && options.mode === 'byob') throw typeError('BYOB readers are not supported by Millrace');
      return new ReadableStreamDefaultReader(this);
    }
    pipeThrough(transform, options = {}) {
      if (!transform || !(transform.writable instanceof WritableStream) || !(transform.readable instanceof ReadableStream)) {
        throw typeError('pipeThrough needs an object with a readable and a writable stream');
      }
      this.pipeTo(transform.writable, options).catch(noop);
      return transform.readable;
    }
    pipeTo(destination, options = {}) {
      if (!(destination instanceof WritableStream)) return Promise.reject(typeError('pipeTo needs a WritableStream'));
      if (this.locked || destination.locked) return Promise.reject(typeError('Invalid state: a stream is locked'));
      const reader = this.getReader();
      const writer = destination.getWriter();
      const { preventClose, preventAbort, preventCancel, signal } = options || {};
      return new Promise((resolve, reject) => {
        let done = false;
        const finish = (error, failed) => {
          if (done) return;
          done = true;
          writer.releaseLock();
          reader.releaseLock();
          if (failed) reject(error); else resolve();
        };
        const abort = () => {
          const reason = signal.reason;
          Promise.all([preventAbort ? null : destination.abort(reason), preventCancel ? null : this.cancel(reason)])
            .catch(noop).then(() => finish(reason, true));
        };
        if (signal) {
          if (signal.aborted) { abort(); return; }
          signal.addEventListener('abort', abort, { once: true });
        }
        const step = () => {
          if (done) return;
          writer.ready.then(() => reader.read()).then(({ value, done: end }) => {
            if (done) return undefined;
            if (end) {
              return (preventClose ? resolved : writer.close()).then(() => finish(), e => finish(e, true));
            }
            writer.write(value).catch(noop);
            return step();
          }, error => {
            if (done) return;
            if (readables.get(this).state === 'errored') {
              (preventAbort ? resolved : writer.abort(error)).catch(noop).then(() => finish(error, true));
            } else {
              (preventCancel ? resolved : reader.cancel(error)).catch(noop).then(() => finish(error, true));
            }
          });
        };
        step();
      });
    }
    tee() {
      const reader = this.getReader();
      let cancelled = 0;
      let reasons = [];
      const branches = [];
      let reading = false;
      const pull = () => {
        if (reading) return resolved;
        reading = true;
        return reader.read().then(({ value, done }) => {
          reading = false;
          for (const b of branches) {
            if (b.cancelled) continue;
            if (done) b.controller.close(); else b.controller.enqueue(value);
          }
        }, error => { for (const b of branches) b.controller.error(error); });
      };
      for (let i = 0; i < 2; i++) {
        const branch = { cancelled: false, controller: null };
        branches.push(branch);
        branch.stream = new ReadableStream({
          start(controller) { branch.controller = controller; },
          pull,
          cancel: reason => {
            branch.cancelled = true;
            reasons[i] = reason;
            if (++cancelled === 2) return reader.cancel(reasons);
            return undefined;
          },
        });
      }
      return branches.map(b => b.stream);
    }
    values(options = {}) {
      const reader = this.getReader();
      const preventCancel = !!(options && options.preventCancel);
      return {
        next: () => reader.read().then(result => { if (result.done) reader.releaseLock(); return result; }),
        return: value => {
          const end = preventCancel ? resolved : reader.cancel(value);
          reader.releaseLock();
          return end.then(() => ({ value, done: true }));
        },
        [Symbol.asyncIterator]() { return this; },
      };
    }
    [Symbol.asyncIterator](options) { return this.values(options); }
    get [Symbol.toStringTag]() { return 'ReadableStream'; }
    static from(iterable) {
      if (iterable instanceof ReadableStream) return iterable;
      const iterator = iterable[Symbol.asyncIterator] ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
      return new ReadableStream({
        pull: controller => Promise.resolve(iterator.next()).then(async ({ value, done }) => {
          if (done) controller.close(); else controller.enqueue(await value);
        }),
        cancel: reason => (typeof iterator.return === 'function' ? Promise.resolve(iterator.return(reason)).then(noop) : undefined),
      }, { highWaterMark: 0 });
    }
  }

  class ReadableStreamDefaultReader {
    constructor(stream) {
      const s = readables.get(stream);
      if (!s) throw typeError('ReadableStreamDefaultReader needs a ReadableStream');
      if (s.reader) throw typeError('Invalid state: the ReadableStream is locked');
      s.reader = this;
      this._s = s;
      this._closed = deferred();
      if (s.state === 'closed') this._closed.resolve();
      if (s.state === 'errored') this._closed.reject(s.storedError);
    }
    get closed() { return this._closed.promise; }
    read() {
      if (!this._s) return Promise.reject(typeError('Invalid state: the reader is released'));
      return readFrom(this._s);
    }
    cancel(reason) {
      if (!this._s) return Promise.reject(typeError('Invalid state: the reader is released'));
      return cancelReadable(this._s, reason);
    }
    releaseLock() {
      const s = this._s;
      if (!s) return;
      const error = typeError('Invalid state: the reader was released');
      for (const r of s.reads.splice(0)) r.reject(error);
      if (s.state === 'readable') this._closed.reject(error);
      else { this._closed = deferred(); this._closed.reject(error); }
      s.reader = null;
      this._s = null;
    }
  }

  // ---- WritableStream -------------------------------------------------------------------------
  const writables = new WeakMap();

  class WritableStreamDefaultController {
    constructor(key) { if (key !== writables) throw typeError('Illegal constructor'); }
    error(reason) { errorWritable(this._s, reason); }
    get signal() { return this._s.abort.signal; }
  }

  function errorWritable(s, reason) {
    if (s.state !== 'writable' && s.state !== 'erroring') return;
    s.state = 'errored';
    s.storedError = reason;
    for (const w of s.queue.splice(0)) w.done.reject(reason);
    if (s.closing) s.closing.reject(reason);
    if (s.writer) { s.writer._closed.reject(reason); s.writer._ready = deferred(); s.writer._ready.reject(reason); }
  }
  function updateReady(s) {
    const writer = s.writer;
    if (!writer || s.state !== 'writable') return;
    const backPressure = s.hwm - s.queueSize <= 0;
    if (backPressure && writer._readyDone) { writer._ready = deferred(); writer._readyDone = false; }
    if (!backPressure && !writer._readyDone) { writer._readyDone = true; writer._ready.resolve(); }
  }
  function advance(s) {
    if (!s.started || s.busy || s.state !== 'writable') return;
    const next = s.queue[0];
    if (next === undefined) {
      if (s.closeRequested && s.closing) {
        s.busy = true;
        call(s.sink, 'close', []).then(() => {
          s.state = 'closed';
          s.closing.resolve();
          if (s.writer) s.writer._closed.resolve();
        }, error => errorWritable(s, error));
      }
      return;
    }
    s.busy = true;
    call(s.sink, 'write', [next.chunk, s.controller]).then(() => {
      s.busy = false;
      s.queue.shift();
      s.queueSize -= next.size;
      next.done.resolve();
      updateReady(s);
      advance(s);
    }, error => { s.busy = false; errorWritable(s, error); });
  }

  class WritableStream {
    constructor(sink = {}, strategy = {}) {
      const { hwm, size } = strategyOf(strategy, 1);
      const s = { sink, hwm, size, queue: [], queueSize: 0, state: 'writable', started: false, busy: false,
        closeRequested: false, closing: null, writer: null, storedError: undefined, abort: new AbortController() };
      s.controller = new WritableStreamDefaultController(writables);
      s.controller._s = s;
      writables.set(this, s);
      call(sink, 'start', [s.controller]).then(() => { s.started = true; advance(s); }, error => errorWritable(s, error));
    }
    get locked() { return writables.get(this).writer !== null; }
    getWriter() { return new WritableStreamDefaultWriter(this); }
    abort(reason) {
      const s = writables.get(this);
      if (s.writer) return Promise.reject(typeError('Invalid state: the WritableStream is locked'));
      return abortWritable(s, reason);
    }
    close() {
      const s = writables.get(this);
      if (s.writer) return Promise.reject(typeError('Invalid state: the WritableStream is locked'));
      return closeWritable(s);
    }
    get [Symbol.toStringTag]() { return 'WritableStream'; }
  }
  function abortWritable(s, reason) {
    if (s.state === 'closed' || s.state === 'errored') return resolved;
    s.abort.abort(reason);
    errorWritable(s, reason);
    return call(s.sink, 'abort', [reason]).then(noop);
  }
  function closeWritable(s) {
    if (s.state !== 'writable' || s.closeRequested) return Promise.reject(typeError('Invalid state: the WritableStream is closed or closing'));
    s.closeRequested = true;
    s.closing = deferred();
    advance(s);
    return s.closing.promise;
  }

  class WritableStreamDefaultWriter {
    constructor(stream) {
      const s = writables.get(stream);
      if (!s) throw typeError('WritableStreamDefaultWriter needs a WritableStream');
      if (s.writer) throw typeError('Invalid state: the WritableStream is locked');
      s.writer = this;
      this._s = s;
      this._closed = deferred();
      this._ready = deferred();
      this._readyDone = false;
      if (s.state === 'errored') { this._closed.reject(s.storedError); this._ready.reject(s.storedError); } else updateReady(s);
      if (s.state === 'closed') this._closed.resolve();
    }
    get closed() { return this._closed.promise; }
    get ready() { return this._ready.promise; }
    get desiredSize() {
      const s = this._s;
      if (!s) throw typeError('Invalid state: the writer is released');
      return s.state === 'errored' ? null : s.state === 'closed' ? 0 : s.hwm - s.queueSize;
    }
    write(chunk) {
      const s = this._s;
      if (!s) return Promise.reject(typeError('Invalid state: the writer is released'));
      if (s.state === 'errored') return Promise.reject(s.storedError);
      if (s.closeRequested || s.state !== 'writable') return Promise.reject(typeError('Invalid state: the WritableStream is closed'));
      let size;
      try { size = s.size(chunk); } catch (error) { errorWritable(s, error); return Promise.reject(error); }
      const done = deferred();
      s.queue.push({ chunk, size, done });
      s.queueSize += size;
      updateReady(s);
      advance(s);
      return done.promise;
    }
    close() { return this._s ? closeWritable(this._s) : Promise.reject(typeError('Invalid state: the writer is released')); }
    abort(reason) {
      return this._s ? abortWritable(this._s, reason) : Promise.reject(typeError('Invalid state: the writer is released'));
    }
    releaseLock() {
      const s = this._s;
      if (!s) return;
      s.writer = null;
      this._s = null;
    }
  }

  // ---- TransformStream ------------------------------------------------------------------------
  class TransformStreamDefaultController {
    constructor(key) { if (key !== writables) throw typeError('Illegal constructor'); }
    get desiredSize() { return this._readable.desiredSize; }
    enqueue(chunk) { this._readable.enqueue(chunk); }
    error(reason) { this._readable.error(reason); this._writable.error(reason); }
    terminate() { try { this._readable.close(); } catch (e) { /* already closed */ } this._writable.error(typeError('the TransformStream was terminated')); }
  }

  class TransformStream {
    constructor(transformer = {}, writableStrategy = {}, readableStrategy = { highWaterMark: 0 }) {
      const controller = new TransformStreamDefaultController(writables);
      let startDone;
      const started = new Promise(resolve => { startDone = resolve; });
      this.readable = new ReadableStream({
        start: c => { controller._readable = c; },
        cancel: reason => call(transformer, 'cancel', [reason]).then(noop),
      }, readableStrategy);
      this.writable = new WritableStream({
        start: c => { controller._writable = c; return started; },
        write: chunk => (typeof transformer.transform === 'function'
          ? call(transformer, 'transform', [chunk, controller]) : Promise.resolve(controller.enqueue(chunk))),
        close: () => call(transformer, 'flush', [controller]).then(() => { try { controller._readable.close(); } catch (e) { /* closed */ } }),
        abort: reason => { controller._readable.error(reason); return call(transformer, 'cancel', [reason]).then(noop); },
      }, writableStrategy);
      resolved.then(() => call(transformer, 'start', [controller])).then(startDone, error => { controller.error(error); startDone(); });
    }
    get [Symbol.toStringTag]() { return 'TransformStream'; }
  }

  class TextEncoderStream extends TransformStream {
    constructor() {
      const encoder = new TextEncoder();
      super({ transform: (chunk, controller) => { const bytes = encoder.encode(String(chunk)); if (bytes.length > 0) controller.enqueue(bytes); } });
      this.encoding = 'utf-8';
    }
  }
  class TextDecoderStream extends TransformStream {
    constructor(label = 'utf-8', options = {}) {
      const decoder = new TextDecoder(label, options);
      super({
        transform: (chunk, controller) => { const text = decoder.decode(chunk, { stream: true }); if (text) controller.enqueue(text); },
        flush: controller => { const text = decoder.decode(); if (text) controller.enqueue(text); },
      });
      this.encoding = decoder.encoding;
      this.fatal = decoder.fatal;
      this.ignoreBOM = decoder.ignoreBOM;
    }
  }

  const module = { ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController, WritableStream,
    WritableStreamDefaultWriter, WritableStreamDefaultController, TransformStream, TransformStreamDefaultController,
    TextEncoderStream, TextDecoderStream, ByteLengthQueuingStrategy, CountQueuingStrategy };
  return { module };
})
