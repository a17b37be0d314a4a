// Millrace allocation guards, evaluated in every fresh context before bootstrap.js. Its value is
// guard(capBytes, room): after it, no single ArrayBuffer, SharedArrayBuffer, typed array (Buffer too), array
// filled in one call or string repeated or padded in one call may be larger than capBytes, and one of a
// megabyte or more is only made while room(bytes) says the server's heap has room for it (HeapRoom.java).
// Others are refused with a RangeError before any memory is taken, as Node refuses a buffer it cannot
// allocate. Strings are also bounded by the engine's js.string-length-limit; memory taken bit by bit is the
// memory watchdog's (MemoryWatchdog.java).
(function guard(cap, room) {
  'use strict';
  const g = globalThis;
  const MB = 1024 * 1024;
  const ArrayBufferOriginal = g.ArrayBuffer;
  const isView = ArrayBufferOriginal.isView;
  const SharedOriginal = g.SharedArrayBuffer;

  function refuse(bytes) {
    return new RangeError('Array buffer allocation failed: ' + Math.ceil(bytes / MB) + ' MB is more than the '
      + Math.floor(cap / MB) + ' MB one allocation of a step may take');
  }

  const LARGE = 1024 * 1024;

  function check(bytes) {
    if (bytes > cap) throw refuse(bytes);
    if (bytes >= LARGE && !room(bytes)) {
      throw new RangeError('Array buffer allocation failed: the server\'s memory is nearly full, so '
        + Math.ceil(bytes / MB) + ' MB cannot be taken now (Out of Memory)');
    }
  }

  function isBuffer(value) {
    return value instanceof ArrayBufferOriginal || (SharedOriginal !== undefined && value instanceof SharedOriginal);
  }

  // How many elements `new C(arg)` allocates (0 when it only views an existing buffer).
  function elements(arg) {
    if (typeof arg === 'number' || typeof arg === 'bigint') return Number(arg);
    if (arg === null || typeof arg !== 'object' || isBuffer(arg)) return 0;
    if (isView(arg)) return arg.length === undefined ? 0 : arg.length;
    const length = arg.length;
    return typeof length === 'number' ? length : 0;
  }

  // Replaces the global constructor `name` by a proxy that checks each construction first; the prototype's
  // `constructor` (how `value.constructor` reaches it) becomes the proxy as well.
  function guardConstructor(name, bytesOf) {
    const original = g[name];
    if (typeof original !== 'function') return;
    const guarded = new Proxy(original, {
      construct(target, args, newTarget) {
        check(bytesOf(args));
        return Reflect.construct(target, args, newTarget === guarded ? target : newTarget);
      },
    });
    Object.defineProperty(original.prototype, 'constructor', { value: guarded, writable: true, configurable: true });
    Object.defineProperty(g, name, { value: guarded, writable: true, configurable: true, enumerable: false });
  }

  function bufferBytes(args) {
    const options = args[1];
    const max = options !== null && typeof options === 'object' ? Number(options.maxByteLength) || 0 : 0;
    return Math.max(Number(args[0]) || 0, max);
  }

  guardConstructor('ArrayBuffer', bufferBytes);
  guardConstructor('SharedArrayBuffer', bufferBytes);
  for (const name of ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
                      'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Float16Array']) {
    const perElement = g[name] ? g[name].BYTES_PER_ELEMENT : 1;
    guardConstructor(name, (args) => elements(args[0]) * perElement);
  }

  for (const C of [ArrayBufferOriginal, SharedOriginal]) {
    if (C === undefined) continue;
    for (const method of ['resize', 'grow', 'transfer', 'transferToFixedLength']) {
      const original = C.prototype[method];
      if (typeof original !== 'function') continue;
      Object.defineProperty(C.prototype, method, {
        value: { [method](length) { if (length !== undefined) check(Number(length) || 0); return Reflect.apply(original, this, arguments); } }[method],
        writable: true, configurable: true,
      });
    }
  }

  // Arrays: fill and from write every element at once, so their size is known before they start.
  const ELEMENT_BYTES = 8;
  const fillOriginal = Array.prototype.fill;
  const fromOriginal = Array.from;

  // Strings built in one call: two bytes a character at most.
  for (const method of ['repeat', 'padStart', 'padEnd']) {
    const original = String.prototype[method];
    Object.defineProperty(String.prototype, method, {
      value: { [method](count) {
        const text = String(this);
        const length = method === 'repeat' ? text.length * (Number(count) || 0) : Number(count) || 0;
        if (length > text.length) check(length * 2);
        return Reflect.apply(original, this, arguments);
      } }[method],
      writable: true, configurable: true,
    });
  }
  Object.defineProperty(Array.prototype, 'fill', {
    value: function fill(value, start, end) {
      const length = Number(this.length) || 0;
      const from = start === undefined ? 0 : Math.trunc(Number(start)) || 0;
      const to = end === undefined ? length : Math.trunc(Number(end)) || 0;
      const first = from < 0 ? Math.max(length + from, 0) : Math.min(from, length);
      const last = to < 0 ? Math.max(length + to, 0) : Math.min(to, length);
      check(Math.max(last - first, 0) * ELEMENT_BYTES);
      return Reflect.apply(fillOriginal, this, arguments);
    },
    writable: true, configurable: true,
  });
  Object.defineProperty(Array, 'from', {
    value: function from(items) {
      if (items !== null && items !== undefined && typeof items[Symbol.iterator] !== 'function') {
        check((Number(items.length) || 0) * ELEMENT_BYTES);
      }
      return Reflect.apply(fromOriginal, this, arguments);
    },
    writable: true, configurable: true,
  });
})
