// The built-in modules "stream" and "stream/promises": Readable (lib/stream-readable.js), Writable, Duplex,
// Transform, PassThrough (lib/stream-writable.js), with finished, pipeline and their promise forms here, and
// Readable.toWeb / fromWeb over lib/web-streams.js. Simpler than Node inside, the same outside.
// Evaluated on first use by bootstrap.js's lib('stream'); the value is the library's factory.
(function streamLibrary(host, internals) {
  'use strict';
  const { Stream, Readable } = internals.lib('stream-readable');
  const { Writable, Duplex, Transform, PassThrough } = internals.lib('stream-writable');

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
  return { module: Stream, promises, Readable, Writable, Duplex, Transform, PassThrough };
})
