// The built-in modules "assert" and "assert/strict": Node's assertions with AssertionError, and the
// deep comparison (loose and strict) that util.isDeepStrictEqual shares.
// Evaluated on first use by bootstrap.js's lib('assert'); the value is the library's factory.
(function assertLibrary(host, internals) {
  'use strict';
  class AssertionError extends Error {
    constructor(options) {
      const { message, actual, expected, operator, stackStartFn } = options || {};
      super(message !== undefined ? String(message)
        : internals.inspect(actual) + ' ' + (operator || '==') + ' ' + internals.inspect(expected));
      this.name = 'AssertionError';
      this.code = 'ERR_ASSERTION';
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
      this.generatedMessage = message === undefined;
      if (stackStartFn && Error.captureStackTrace) Error.captureStackTrace(this, stackStartFn);
    }
  }

  function tagOf(v) { return Object.prototype.toString.call(v); }

  // Deep equality as Node defines it; `strict` compares with Object.is and checks prototypes.
  function deepEqual(a, b, strict, seen = new Map()) {
    if (strict ? Object.is(a, b) : (a === b || (a !== a && b !== b))) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
      // eslint-disable-next-line eqeqeq
      return !strict && (typeof a !== 'object' || a === null) && (typeof b !== 'object' || b === null) && a == b;
    }
    if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    if (tagOf(a) !== tagOf(b)) return false;
    if (seen.get(a) === b) return true;
    seen.set(a, b);
    if (a instanceof Date) { if (a.getTime() !== b.getTime()) return false; }
    else if (a instanceof RegExp) { if (String(a) !== String(b) || a.lastIndex !== b.lastIndex) return false; }
    else if (a instanceof Error) { if (a.message !== b.message || a.name !== b.name) return false; }
    else if (ArrayBuffer.isView(a)) {
      if (a.byteLength !== b.byteLength) return false;
      const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
      const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    } else if (a instanceof Map) {
      if (a.size !== b.size) return false;
      for (const [key, value] of a) {
        if (!b.has(key) || !deepEqual(value, b.get(key), strict, seen)) return false;
      }
    } else if (a instanceof Set) {
      if (a.size !== b.size) return false;
      outer: for (const value of a) {
        if (b.has(value)) continue;
        if (typeof value === 'object' && value !== null) {
          for (const other of b) if (deepEqual(value, other, strict, seen)) continue outer;
        }
        return false;
      }
    } else if (a instanceof Number || a instanceof String || a instanceof Boolean) {
      if (!Object.is(a.valueOf(), b.valueOf())) return false;
    }
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length) return false;
    for (const key of keysA) {
      if (!Object.prototype.hasOwnProperty.call(b, key) || !deepEqual(a[key], b[key], strict, seen)) return false;
    }
    if (strict) {
      const symbolsA = Object.getOwnPropertySymbols(a).filter(s => Object.prototype.propertyIsEnumerable.call(a, s));
      for (const s of symbolsA) if (!deepEqual(a[s], b[s], strict, seen)) return false;
    }
    return true;
  }

  function fail(actual, expected, message, operator, stackStartFn) {
    if (message instanceof Error) throw message;
    throw new AssertionError({ message, actual, expected, operator, stackStartFn });
  }

  function matches(error, expected) {
    if (expected === undefined) return true;
    if (typeof expected === 'function') {
      if (expected.prototype !== undefined && error instanceof expected) return true;
      if (Error.isPrototypeOf(expected) || expected === Error) return false;
      return expected.call({}, error) === true;
    }
    if (expected instanceof RegExp) return expected.test(String(error && error.message !== undefined ? error : error));
    if (typeof expected === 'object' && expected !== null) {
      return Object.keys(expected).every(key => (expected[key] instanceof RegExp && typeof error[key] === 'string'
        ? expected[key].test(error[key]) : deepEqual(error[key], expected[key], true)));
    }
    return false;
  }

  function make(strictMode) {
    const assert = function ok(value, message) { if (!value) fail(value, true, message, '==', ok); };
    const equal = strictMode ? (a, b) => Object.is(a, b) : (a, b) => a == b || (a !== a && b !== b); // eslint-disable-line eqeqeq
    Object.assign(assert, {
      ok: (value, message) => { if (!value) fail(value, true, message, '==', assert.ok); },
      fail: message => fail(undefined, undefined, message === undefined ? 'Failed' : message, 'fail', assert.fail),
      equal: (a, b, message) => { if (!equal(a, b)) fail(a, b, message, strictMode ? 'strictEqual' : '==', assert.equal); },
      notEqual: (a, b, message) => { if (equal(a, b)) fail(a, b, message, strictMode ? 'notStrictEqual' : '!=', assert.notEqual); },
      strictEqual: (a, b, message) => { if (!Object.is(a, b)) fail(a, b, message, 'strictEqual', assert.strictEqual); },
      notStrictEqual: (a, b, message) => { if (Object.is(a, b)) fail(a, b, message, 'notStrictEqual', assert.notStrictEqual); },
      deepEqual: (a, b, message) => { if (!deepEqual(a, b, strictMode)) fail(a, b, message, 'deepEqual', assert.deepEqual); },
      notDeepEqual: (a, b, message) => { if (deepEqual(a, b, strictMode)) fail(a, b, message, 'notDeepEqual', assert.notDeepEqual); },
      deepStrictEqual: (a, b, message) => { if (!deepEqual(a, b, true)) fail(a, b, message, 'deepStrictEqual', assert.deepStrictEqual); },
      notDeepStrictEqual: (a, b, message) => { if (deepEqual(a, b, true)) fail(a, b, message, 'notDeepStrictEqual', assert.notDeepStrictEqual); },
      throws(fn, expected, message) {
        if (typeof expected === 'string') { message = expected; expected = undefined; }
        try {
          fn();
        } catch (error) {
          if (!matches(error, expected)) throw error;
          return;
        }
        fail(undefined, expected, message || 'Missing expected exception.', 'throws', assert.throws);
      },
      doesNotThrow(fn, expected, message) {
        try {
          fn();
        } catch (error) {
          fail(error, expected, (typeof expected === 'string' ? expected : message) || 'Got unwanted exception.\nActual message: "'
            + (error && error.message) + '"', 'doesNotThrow', assert.doesNotThrow);
        }
      },
      async rejects(promiseOrFn, expected, message) {
        if (typeof expected === 'string') { message = expected; expected = undefined; }
        try {
          await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
        } catch (error) {
          if (!matches(error, expected)) throw error;
          return;
        }
        fail(undefined, expected, message || 'Missing expected rejection.', 'rejects', assert.rejects);
      },
      async doesNotReject(promiseOrFn, expected, message) {
        try {
          await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
        } catch (error) {
          fail(error, expected, message || 'Got unwanted rejection.\nActual message: "' + (error && error.message) + '"',
            'doesNotReject', assert.doesNotReject);
        }
      },
      ifError: value => { if (value !== null && value !== undefined) throw value instanceof Error ? value : new AssertionError({ message: 'ifError got unwanted exception: ' + internals.inspect(value) }); },
      match: (string, regexp, message) => { if (!regexp.test(string)) fail(string, regexp, message || 'The input did not match the regular expression ' + regexp + '. Input:\n\n' + internals.inspect(string) + '\n', 'match', assert.match); },
      doesNotMatch: (string, regexp, message) => { if (regexp.test(string)) fail(string, regexp, message || 'The input was expected to not match the regular expression ' + regexp, 'doesNotMatch', assert.doesNotMatch); },
      AssertionError,
    });
    return assert;
  }
  const assert = make(false);
  const strict = make(true);
  assert.strict = strict;
  strict.strict = strict;
  return { module: assert, strict, AssertionError, deepEqual };
})
