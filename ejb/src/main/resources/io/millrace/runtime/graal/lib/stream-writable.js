// Node's Writable, Duplex, Transform and PassThrough on lib/stream-readable.js (lib/stream.js assembles the
// "stream" module): back-pressure by highWaterMark, drain, cork, _writev, _final, finish, end callbacks.
// Evaluated on first use by bootstrap.js's lib('stream-writable'); the value is the library's factory.
(function streamWritableLibrary(host, internals) {
  'use strict';
  const { Buffer } = internals.lib('buffer');
  const { Stream, Readable, destroyImpl, toChunk, tick } = internals.lib('stream-readable');

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

  return { Writable, Duplex, Transform, PassThrough };
})
