// The built-in modules "stream" and "stream/promises": Readable, Writable, Duplex, Transform, PassThrough
// on lib/events.js's EventEmitter, with Node's events (data, end, finish, close, error, drain, readable),
// object mode, highWaterMark back-pressure, pipe, async iteration, Readable.from, pipeline and finished.
// Simpler than Node inside (no cork batching beyond _writev), the same outside.
// Evaluated on first use by bootstrap.js's lib('stream'); the value is the library's factory.
(function streamLibrary(host, internals) {
  'use strict';
  const { EventEmitter } = internals.lib('events');
  const { Buffer } = internals.lib('buffer');
  const tick = (fn, ...args) => Promise.resolve().then(() => fn(...args));

  function Stream(options) { EventEmitter.call(this, options); }
  Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Stream, EventEmitter);
  Stream.prototype.pipe = function pipe(dest, options) { return Readable.prototype.pipe.call(this, dest, options); };

  function toChunk(state, chunk, encoding) {
    if (state.objectMode || chunk instanceof Buffer) return chunk;
    if (typeof chunk === 'string') return Buffer.from(chunk, encoding || state.defaultEncoding || 'utf8');
    if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    throw Object.assign(new TypeError('The "chunk" argument must be of type string or an instance of Buffer or Uint8Array. Received '
      + internals.inspect(chunk)), { code: 'ERR_INVALID_ARG_TYPE' });
  }
  const sizeOf = (state, chunk) => (state.objectMode ? 1 : chunk.length);

  function destroyImpl(stream, error, callback) {
    const state = stream._readableState || stream._writableState;
    if (stream.destroyed) { if (callback) callback(error); return stream; }
    stream.destroyed = true;
    if (stream._readableState) stream._readableState.destroyed = true;
    if (stream._writableState) stream._writableState.destroyed = true;
    const finish = err => {
      if (callback) callback(err);
      if (err) { stream.errored = err; tick(() => stream.emit('error', err)); }
      if (!state || state.emitClose !== false) tick(() => { stream.closed = true; stream.emit('close'); });
    };
    stream._destroy(error || null, finish);
    return stream;
  }

  // ---- Readable ------------------------------------------------------------------------------
  function Readable(options = {}) {
    if (!(this instanceof Readable)) return new Readable(options);
    Stream.call(this, options);
    const objectMode = !!(options.objectMode || options.readableObjectMode);
    this._readableState = { objectMode, highWaterMark: options.highWaterMark ?? options.readableHighWaterMark ?? (objectMode ? 16 : 16384),
      buffer: [], length: 0, flowing: null, ended: false, endEmitted: false, reading: false, encoding: null, decoder: null,
      destroyed: false, emitClose: options.emitClose !== false, pipes: [], autoDestroy: options.autoDestroy !== false };
    if (options.encoding) this.setEncoding(options.encoding);
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') options.construct.call(this, () => {});
    this.destroyed = false;
    this.readable = true;
    if (options.signal) options.signal.addEventListener('abort', () => this.destroy(options.signal.reason));
  }
  Object.setPrototypeOf(Readable.prototype, Stream.prototype);
  Object.setPrototypeOf(Readable, Stream);
  const R = Readable.prototype;
  R._read = function _read() { throw Object.assign(new Error('The _read() method is not implemented'), { code: 'ERR_METHOD_NOT_IMPLEMENTED' }); };
  R._destroy = function _destroy(error, callback) { callback(error); };
  R.destroy = function destroy(error, callback) { return destroyImpl(this, error, callback); };
  R.setEncoding = function setEncoding(encoding) {
    const { StringDecoder } = internals.lib('node-small');
    this._readableState.decoder = new StringDecoder(encoding);
    this._readableState.encoding = this._readableState.decoder.encoding;
    return this;
  };
  R.push = function push(chunk, encoding) {
    const state = this._readableState;
    if (chunk === null) {
      state.ended = true;
      state.reading = false;
      if (state.decoder) { const rest = state.decoder.end(); if (rest) { state.buffer.push(rest); state.length += rest.length; } }
      scheduleFlow(this);
      return false;
    }
    if (state.ended) { this.destroy(Object.assign(new Error('stream.push() after EOF'), { code: 'ERR_STREAM_PUSH_AFTER_EOF' })); return false; }
    let value = toChunk(state, chunk, encoding);
    if (state.decoder && !state.objectMode) value = state.decoder.write(value);
    state.reading = false;
    if (state.objectMode || value.length > 0) {
      state.buffer.push(value);
      state.length += sizeOf(state, value);
    }
    scheduleFlow(this);
    return state.length < state.highWaterMark;
  };
  R.unshift = function unshift(chunk) {
    const state = this._readableState;
    const value = state.objectMode || typeof chunk === 'string' ? chunk : toChunk(state, chunk);
    state.buffer.unshift(value);
    state.length += sizeOf(state, value);
  };
  function takeAll(state) {
    const chunks = state.buffer.splice(0);
    state.length = 0;
    if (state.objectMode) return chunks[0];
    return state.decoder ? chunks.join('') : Buffer.concat(chunks);
  }
  R.read = function read(n) {
    const state = this._readableState;
    let out = null;
    if (state.length > 0) {
      if (state.objectMode || n === undefined || n >= state.length) {
        if (state.objectMode) { out = state.buffer.shift(); state.length -= 1; } else out = takeAll(state);
      } else if (n > 0) {
        const all = takeAll(state);
        out = all.slice(0, n);
        const rest = all.slice(n);
        state.buffer.push(rest);
        state.length = rest.length;
      }
    }
    requestMore(this);
    if (out !== null && !state.flowing) this.emit('data', out);
    if (state.length === 0 && state.ended) scheduleEnd(this);
    return out;
  };
  function requestMore(stream) {
    const state = stream._readableState;
    if (!state.ended && !state.reading && !state.destroyed && state.length < state.highWaterMark) {
      state.reading = true;
      try {
        stream._read(state.highWaterMark);
      } catch (error) {
        stream.destroy(error);
      }
    }
  }
  function scheduleFlow(stream) {
    const state = stream._readableState;
    if (state.flowScheduled) return;
    state.flowScheduled = true;
    tick(() => { state.flowScheduled = false; flow(stream); });
  }
  function flow(stream) {
    const state = stream._readableState;
    if (state.destroyed) return;
    if (state.flowing) {
      while (state.flowing && state.buffer.length > 0) {
        const chunk = state.buffer.shift();
        state.length -= sizeOf(state, chunk);
        stream.emit('data', chunk);
      }
      if (state.ended && state.length === 0) scheduleEnd(stream);
      else if (state.flowing) requestMore(stream);
    } else if (state.length > 0 || state.ended) {
      if (stream.listenerCount('readable') > 0) stream.emit('readable');
      if (state.ended && state.length === 0) scheduleEnd(stream);
    } else if (stream.listenerCount('readable') > 0) {
      requestMore(stream);
    }
  }
  function scheduleEnd(stream) {
    const state = stream._readableState;
    if (state.endEmitted || state.endScheduled) return;
    state.endScheduled = true;
    tick(() => {
      if (state.endEmitted || state.length > 0 || state.destroyed) { state.endScheduled = false; return; }
      state.endEmitted = true;
      stream.readable = false;
      stream.emit('end');
      if (state.autoDestroy && (!stream._writableState || stream._writableState.finished)) stream.destroy();
    });
  }
  R.on = R.addListener = function on(event, listener) {
    const result = Stream.prototype.on.call(this, event, listener);
    const state = this._readableState;
    if (event === 'data' && state.flowing !== false) this.resume();
    if (event === 'readable') { state.flowing = false; scheduleFlow(this); requestMore(this); }
    return result;
  };
  R.resume = function resume() {
    const state = this._readableState;
    state.flowing = true;
    this.emit('resume');
    requestMore(this);
    scheduleFlow(this);
    return this;
  };
  R.pause = function pause() {
    if (this._readableState.flowing !== false) { this._readableState.flowing = false; this.emit('pause'); }
    return this;
  };
  R.isPaused = function isPaused() { return this._readableState.flowing === false; };
  R.unpipe = function unpipe(dest) {
    const state = this._readableState;
    state.pipes = dest ? state.pipes.filter(p => p.dest !== dest) : [];
    return this;
  };
  R.pipe = function pipe(dest, options = {}) {
    const src = this;
    const onData = chunk => { if (dest.write(chunk) === false && typeof src.pause === 'function') src.pause(); };
    src.on('data', onData);
    dest.on('drain', () => { if (typeof src.resume === 'function') src.resume(); });
    if (options.end !== false) src.once('end', () => dest.end());
    if (dest.emit) dest.emit('pipe', src);
    if (this._readableState) this._readableState.pipes.push({ dest, onData });
    return dest;
  };
  R.wrap = function wrap(old) {
    old.on('data', chunk => { if (!this.push(chunk)) old.pause(); });
    old.on('end', () => this.push(null));
    old.on('error', error => this.destroy(error));
    this._read = () => { if (typeof old.resume === 'function') old.resume(); };
    return this;
  };
  R[Symbol.asyncIterator] = function asyncIterator() {
    const stream = this;
    const chunks = [];
    const waiting = [];
    let error = null;
    let done = false;
    const settle = () => {
      while (waiting.length > 0 && (chunks.length > 0 || error || done)) {
        const w = waiting.shift();
        if (chunks.length > 0) w.resolve({ value: chunks.shift(), done: false });
        else if (error) w.reject(error);
        else w.resolve({ value: undefined, done: true });
      }
    };
    stream.on('data', chunk => { chunks.push(chunk); settle(); });
    stream.on('end', () => { done = true; settle(); });
    stream.on('error', e => { error = e; settle(); });
    stream.on('close', () => { done = true; settle(); });
    return {
      next() {
        if (chunks.length > 0) return Promise.resolve({ value: chunks.shift(), done: false });
        if (error) return Promise.reject(error);
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      },
      return() { done = true; stream.destroy(); return Promise.resolve({ value: undefined, done: true }); },
      [Symbol.asyncIterator]() { return this; },
    };
  };
  R.toArray = async function toArray() { const out = []; for await (const chunk of this) out.push(chunk); return out; };
  for (const [name, key] of [['readableLength', 'length'], ['readableEnded', 'endEmitted'], ['readableFlowing', 'flowing'],
    ['readableHighWaterMark', 'highWaterMark'], ['readableObjectMode', 'objectMode'], ['readableEncoding', 'encoding']]) {
    Object.defineProperty(R, name, { configurable: true, get() { return this._readableState[key]; } });
  }
  Readable.from = function from(iterable, options = {}) {
    if (typeof iterable === 'string' || iterable instanceof Uint8Array) {
      return new Readable({ objectMode: true, ...options, read() { this.push(iterable); this.push(null); } });
    }
    const iterator = iterable[Symbol.asyncIterator] ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
    let reading = false;
    return new Readable({
      objectMode: true, ...options,
      read() {
        if (reading) return;
        reading = true;
        Promise.resolve(iterator.next()).then(async ({ value, done }) => {
          reading = false;
          if (done) this.push(null);
          else this.push(await value);
        }, error => this.destroy(error));
      },
    });
  };
  Readable.isDisturbed = stream => !!(stream._readableState && (stream._readableState.flowing !== null || stream._readableState.endEmitted));

  // ---- Writable ------------------------------------------------------------------------------
  function Writable(options = {}) {
    if (!(this instanceof Writable) && !(this instanceof Duplex)) return new Writable(options);
    Stream.call(this, options);
    initWritable(this, options);
  }
  function initWritable(stream, options) {
    const objectMode = !!(options.objectMode || options.writableObjectMode);
    stream._writableState = { objectMode, highWaterMark: options.highWaterMark ?? options.writableHighWaterMark ?? (objectMode ? 16 : 16384),
      length: 0, queue: [], writing: false, ending: false, ended: false, finished: false, destroyed: false, needDrain: false,
      decodeStrings: options.decodeStrings !== false, defaultEncoding: options.defaultEncoding || 'utf8', corked: 0,
      emitClose: options.emitClose !== false, autoDestroy: options.autoDestroy !== false };
    for (const name of ['write', 'writev', 'final', 'destroy']) {
      if (typeof options[name] === 'function') stream['_' + name] = options[name];
    }
    stream.destroyed = false;
    stream.writable = true;
  }
  Object.setPrototypeOf(Writable.prototype, Stream.prototype);
  Object.setPrototypeOf(Writable, Stream);
  const W = Writable.prototype;
  W._write = function _write(chunk, encoding, callback) {
    if (this._writev) this._writev([{ chunk, encoding }], callback);
    else throw Object.assign(new Error('The _write() method is not implemented'), { code: 'ERR_METHOD_NOT_IMPLEMENTED' });
  };
  W._destroy = function _destroy(error, callback) { callback(error); };
  W.destroy = function destroy(error, callback) { return destroyImpl(this, error, callback); };
  W.write = function write(chunk, encoding, callback) {
    const state = this._writableState;
    if (typeof encoding === 'function') { callback = encoding; encoding = null; }
    if (state.ending) {
      const error = Object.assign(new Error('write after end'), { code: 'ERR_STREAM_WRITE_AFTER_END' });
      tick(() => { if (callback) callback(error); this.emit('error', error); });
      return false;
    }
    let value = chunk;
    let enc = encoding || state.defaultEncoding;
    if (!state.objectMode) {
      if (typeof chunk === 'string' && state.decodeStrings) { value = Buffer.from(chunk, enc); enc = 'buffer'; }
      else if (typeof chunk !== 'string') { value = toChunk(state, chunk); enc = 'buffer'; }
    }
    state.length += state.objectMode ? 1 : value.length;
    state.queue.push({ chunk: value, encoding: enc, callback: callback || (() => {}) });
    const ok = state.length < state.highWaterMark;
    if (!ok) state.needDrain = true;
    if (!state.corked) drainQueue(this);
    return ok;
  };
  function drainQueue(stream) {
    const state = stream._writableState;
    if (state.writing || state.destroyed) return;
    const entry = state.queue.shift();
    if (!entry) {
      if (state.needDrain) { state.needDrain = false; tick(() => stream.emit('drain')); }
      if (state.ending) finishWritable(stream);
      return;
    }
    state.writing = true;
    let sync = true;
    const done = error => {
      const after = () => {
        state.writing = false;
        state.length -= state.objectMode ? 1 : entry.chunk.length;
        if (error) { entry.callback(error); stream.destroy(error); return; }
        entry.callback();
        drainQueue(stream);
      };
      if (sync) tick(after); else after();
    };
    try {
      stream._write(entry.chunk, entry.encoding, done);
    } catch (error) {
      done(error);
    }
    sync = false;
  }
  function finishWritable(stream) {
    const state = stream._writableState;
    if (state.finished || state.finishing) return;
    state.finishing = true;
    const complete = error => {
      if (error) { stream.destroy(error); return; }
      state.finished = true;
      stream.writable = false;
      tick(() => {
        stream.emit('finish');
        const readable = stream._readableState;
        if (state.autoDestroy && (!readable || readable.endEmitted)) stream.destroy();
      });
    };
    if (typeof stream._final === 'function') {
      try { stream._final(complete); } catch (error) { complete(error); }
    } else {
      complete();
    }
  }
  W.end = function end(chunk, encoding, callback) {
    const state = this._writableState;
    if (typeof chunk === 'function') { callback = chunk; chunk = null; }
    else if (typeof encoding === 'function') { callback = encoding; encoding = null; }
    if (chunk !== null && chunk !== undefined) this.write(chunk, encoding);
    if (callback) { if (state.finished) tick(callback); else this.once('finish', callback); }
    if (state.ending) return this;
    state.ending = true;
    state.ended = true;
    state.corked = 0;
    drainQueue(this);
    return this;
  };
  W.cork = function cork() { this._writableState.corked++; };
  W.uncork = function uncork() {
    const state = this._writableState;
    if (state.corked > 0 && --state.corked === 0) drainQueue(this);
  };
  W.setDefaultEncoding = function setDefaultEncoding(encoding) { this._writableState.defaultEncoding = encoding; return this; };
  for (const [name, key] of [['writableLength', 'length'], ['writableEnded', 'ending'], ['writableFinished', 'finished'],
    ['writableHighWaterMark', 'highWaterMark'], ['writableObjectMode', 'objectMode'], ['writableCorked', 'corked'],
    ['writableNeedDrain', 'needDrain']]) {
    Object.defineProperty(W, name, { configurable: true, get() { return this._writableState[key]; } });
  }

  // ---- Duplex, Transform, PassThrough --------------------------------------------------------
  function Duplex(options = {}) {
    if (!(this instanceof Duplex)) return new Duplex(options);
    Readable.call(this, options);
    initWritable(this, options);
    if (options.allowHalfOpen === false) this.once('end', () => this.end());
  }
  Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
  Object.setPrototypeOf(Duplex, Readable);
  for (const key of Reflect.ownKeys(W)) {
    if (key !== 'constructor' && key !== 'destroy' && key !== '_destroy' && !Object.prototype.hasOwnProperty.call(Duplex.prototype, key)) {
      Object.defineProperty(Duplex.prototype, key, Object.getOwnPropertyDescriptor(W, key));
    }
  }
  Object.defineProperty(Writable, Symbol.hasInstance, {
    value(object) {
      if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
      return this === Writable && !!(object && object._writableState);
    },
  });

  function Transform(options = {}) {
    if (!(this instanceof Transform)) return new Transform(options);
    Duplex.call(this, options);
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
    this._readableState.sync = false;
  }
  Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
  Object.setPrototypeOf(Transform, Duplex);
  Transform.prototype._transform = function _transform() {
    throw Object.assign(new Error('The _transform() method is not implemented'), { code: 'ERR_METHOD_NOT_IMPLEMENTED' });
  };
  Transform.prototype._write = function _write(chunk, encoding, callback) {
    this._transform(chunk, encoding, (error, data) => {
      if (error) { callback(error); return; }
      if (data !== undefined && data !== null) this.push(data);
      callback();
    });
  };
  Transform.prototype._read = function _read() { this._readableState.reading = false; };
  Transform.prototype._final = function _final(callback) {
    const end = (error, data) => {
      if (error) { callback(error); return; }
      if (data !== undefined && data !== null) this.push(data);
      this.push(null);
      callback();
    };
    if (typeof this._flush === 'function') this._flush(end);
    else end();
  };
  function PassThrough(options) {
    if (!(this instanceof PassThrough)) return new PassThrough(options);
    Transform.call(this, options);
  }
  Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
  Object.setPrototypeOf(PassThrough, Transform);
  PassThrough.prototype._transform = function _transform(chunk, encoding, callback) { callback(null, chunk); };

  // ---- finished, pipeline --------------------------------------------------------------------
  function finished(stream, options, callback) {
    if (typeof options === 'function') { callback = options; options = {}; }
    let called = false;
    const done = error => { if (!called) { called = true; cleanup(); callback(error); } };
    const onEnd = () => { if (!stream._writableState || stream._writableState.finished || options.writable === false) done(); };
    const onFinish = () => { if (!stream._readableState || stream._readableState.endEmitted || options.readable === false
      || stream.readable === false) done(); };
    const onError = error => done(error);
    const onClose = () => {
      const r = stream._readableState;
      const w = stream._writableState;
      if ((r && !r.endEmitted && options.readable !== false) || (w && !w.finished && options.writable !== false)) {
        done(Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
      } else done();
    };
    stream.on('end', onEnd);
    stream.on('finish', onFinish);
    stream.on('error', onError);
    stream.on('close', onClose);
    function cleanup() {
      stream.removeListener('end', onEnd);
      stream.removeListener('finish', onFinish);
      stream.removeListener('error', onError);
      stream.removeListener('close', onClose);
    }
    return cleanup;
  }
  function pipeline(...streams) {
    const callback = typeof streams[streams.length - 1] === 'function' ? streams.pop() : null;
    if (Array.isArray(streams[0]) && streams.length === 1) streams = streams[0];
    const list = streams.map((s, i) => (i === 0 && !(s instanceof Stream) && (s[Symbol.asyncIterator] || s[Symbol.iterator])
      && typeof s.pipe !== 'function' ? Readable.from(s) : s));
    let error = null;
    let remaining = list.length;
    let doneCalled = false;
    const done = err => {
      if (err && !error) { error = err; for (const s of list) if (typeof s.destroy === 'function') s.destroy(); }
      if (--remaining <= 0 || err) {
        if (!doneCalled && callback) { doneCalled = true; callback(error || undefined); }
      }
    };
    for (let i = 0; i < list.length; i++) {
      const s = list[i];
      if (i < list.length - 1) {
        if (typeof list[i + 1] === 'function') throw new TypeError('pipeline: generator functions as stages are not supported');
        s.pipe(list[i + 1]);
      }
      finished(s, { readable: i < list.length - 1, writable: i > 0 }, done);
    }
    return list[list.length - 1];
  }
  const promises = {
    pipeline: (...streams) => new Promise((resolve, reject) => pipeline(...streams, e => (e ? reject(e) : resolve()))),
    finished: (stream, options) => new Promise((resolve, reject) => finished(stream, options || {}, e => (e ? reject(e) : resolve()))),
  };

  Object.assign(Stream, { Stream, Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished, promises,
    addAbortSignal: (signal, stream) => { signal.addEventListener('abort', () => stream.destroy(signal.reason)); return stream; },
    isReadable: s => !!(s && s._readableState && !s.destroyed && !s._readableState.endEmitted),
    isErrored: s => !!(s && s.errored),
    getDefaultHighWaterMark: objectMode => (objectMode ? 16 : 16384),
    setDefaultHighWaterMark: () => {} });
  Readable.Readable = Readable;
  return { module: Stream, promises, Readable, Writable, Duplex, Transform, PassThrough };
})
