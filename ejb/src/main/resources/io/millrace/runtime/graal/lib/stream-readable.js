// Node's legacy Stream base and Readable (lib/stream.js assembles the "stream" module): paused and flowing
// modes as in Node (a 'readable' listener keeps the stream paused, resume() then does not make it flow),
// _read called while the buffer is below highWaterMark or empty (so highWaterMark 0 works), object mode,
// encodings, pipe, async iteration, toArray, Readable.from.
// Evaluated on first use by bootstrap.js's lib('stream-readable'); the value is the library's factory.
(function streamReadableLibrary(host, internals) {
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

  function Readable(options = {}) {
    if (!(this instanceof Readable)) return new Readable(options);
    Stream.call(this, options);
    const objectMode = !!(options.objectMode || options.readableObjectMode);
    this._readableState = { objectMode, highWaterMark: options.highWaterMark ?? options.readableHighWaterMark ?? (objectMode ? 16 : 16384),
      buffer: [], length: 0, flowing: null, ended: false, endEmitted: false, reading: false, encoding: null, decoder: null,
      readableListening: false, destroyed: false, emitClose: options.emitClose !== false, pipes: [],
      autoDestroy: options.autoDestroy !== false };
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
    return state.length < state.highWaterMark || state.length === 0;
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
    if (state.length > 0 && n !== 0) {
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
    if (out !== null) this.emit('data', out);
    if (state.length === 0 && state.ended) scheduleEnd(this);
    return out;
  };
  function requestMore(stream) {
    const state = stream._readableState;
    if (!state.ended && !state.reading && !state.destroyed && (state.length === 0 || state.length < state.highWaterMark)) {
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
      if (state.readableListening && !state.endEmitted) stream.emit('readable');
      if (state.ended && state.length === 0) scheduleEnd(stream);
    } else if (state.readableListening) {
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
  function listenerAdded(stream, event) {
    const state = stream._readableState;
    if (event === 'data') {
      state.readableListening = stream.listenerCount('readable') > 0;
      if (state.flowing !== false) stream.resume();
    } else if (event === 'readable' && !state.endEmitted && !state.readableListening) {
      state.readableListening = true;
      state.flowing = false;
      scheduleFlow(stream);
      requestMore(stream);
    }
  }
  R.on = R.addListener = function on(event, listener) {
    const result = Stream.prototype.on.call(this, event, listener);
    listenerAdded(this, event);
    return result;
  };
  R.prependListener = function prependListener(event, listener) {
    const result = Stream.prototype.prependListener.call(this, event, listener);
    listenerAdded(this, event);
    return result;
  };
  R.removeListener = R.off = function removeListener(event, listener) {
    const result = Stream.prototype.removeListener.call(this, event, listener);
    if (event === 'readable') tick(() => updateReadableListening(this));
    return result;
  };
  R.removeAllListeners = function removeAllListeners(event) {
    const result = Stream.prototype.removeAllListeners.apply(this, arguments);
    if (event === 'readable' || event === undefined) tick(() => updateReadableListening(this));
    return result;
  };
  function updateReadableListening(stream) {
    const state = stream._readableState;
    state.readableListening = stream.listenerCount('readable') > 0;
    if (state.readableListening) return;
    if (state.resumeRequested) stream.resume();
    else if (stream.listenerCount('data') > 0) stream.resume();
    else state.flowing = null;
  }
  R.resume = function resume() {
    const state = this._readableState;
    if (!state.flowing) {
      // As in Node: while 'readable' listeners exist the stream stays paused; the request is remembered.
      state.flowing = !state.readableListening;
      state.resumeRequested = true;
      tick(() => { this.emit('resume'); flow(this); if (state.flowing) requestMore(this); });
    }
    return this;
  };
  R.pause = function pause() {
    const state = this._readableState;
    state.resumeRequested = false;
    if (state.flowing !== false) { state.flowing = false; this.emit('pause'); }
    return this;
  };
  R.isPaused = function isPaused() { return this._readableState.flowing === false; };
  R.unpipe = function unpipe(dest) {
    const state = this._readableState;
    for (const p of state.pipes) if (!dest || p.dest === dest) this.removeListener('data', p.onData);
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
    stream.on('close', () => {
      const state = stream._readableState;
      if (!done && !error && state && !state.endEmitted) {
        error = Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
      }
      done = true;
      settle();
    });
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
  Object.defineProperty(R, 'readableAborted', { configurable: true,
    get() { return !!(this.destroyed && !this._readableState.endEmitted); } });
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
  Readable.Readable = Readable;
  return { Stream, Readable, destroyImpl, toChunk, tick };
})
