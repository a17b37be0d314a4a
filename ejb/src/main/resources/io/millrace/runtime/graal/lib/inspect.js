// util.inspect as Node.js 20 formats values (without colors), which console.log and console.dir use for
// everything but strings: { a: 1, b: 'x' }, [ 1, 2, 3 ], nested objects up to depth 2 ([Object] below),
// Map(1) { 'k' => 1 }, [Function: f], [class A], <ref *1> and [Circular *1], lines broken at 80 columns
// and arrays of more than 6 items grouped in columns, as Node does.
// Evaluated on first use by bootstrap.js's lib('inspect'); the value is the library's factory.
(function inspectLibrary(host, internals) {
  'use strict';
  const custom = Symbol.for('nodejs.util.inspect.custom');
  const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
  const BUILT_IN = new Set(['Object', 'Array', 'Function', 'Error', 'EvalError', 'RangeError', 'ReferenceError',
    'SyntaxError', 'TypeError', 'URIError', 'AggregateError', 'Date', 'RegExp', 'Map', 'Set', 'WeakMap', 'WeakSet',
    'Promise', 'Boolean', 'Number', 'String', 'Symbol', 'BigInt', 'ArrayBuffer', 'DataView', 'Int8Array', 'Uint8Array',
    'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array',
    'BigInt64Array', 'BigUint64Array', 'Proxy', 'WeakRef']);
  const TypedArray = Object.getPrototypeOf(Uint8Array);
  const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;

  const DEFAULTS = {
    showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false, maxArrayLength: 100,
    maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false, getters: false, numericSeparator: false,
  };

  // ---- strings -------------------------------------------------------------------------------
  const META = [];
  for (let i = 0; i < 0x20; i++) META[i] = '\\x' + i.toString(16).toUpperCase().padStart(2, '0');
  Object.assign(META, { 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\x0B', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\' });
  for (let i = 0x7f; i <= 0x9f; i++) META[i] = '\\x' + i.toString(16).toUpperCase();

  function strEscape(str) {
    let quote = "'";
    if (str.includes("'")) {
      if (!str.includes('"')) quote = '"';
      else if (!str.includes('`') && !str.includes('${')) quote = '`';
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < str.length; i++) {
      const code = str.charCodeAt(i);
      const escape = code === 39 ? (quote === "'" ? META[39] : null) : (code < 0x20 || code === 92 || (code >= 0x7f && code <= 0x9f)) ? META[code] : null;
      if (escape === null) {
        // lone surrogates are shown escaped
        if (code >= 0xd800 && code <= 0xdfff) {
          const next = str.charCodeAt(i + 1);
          if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) { i++; continue; }
          out += str.slice(last, i) + '\\u' + code.toString(16).toUpperCase();
          last = i + 1;
        }
        continue;
      }
      out += str.slice(last, i) + escape;
      last = i + 1;
    }
    return quote + out + str.slice(last) + quote;
  }

  function formatNumber(value) {
    return Object.is(value, -0) ? '-0' : String(value);
  }

  function formatPrimitive(ctx, value) {
    switch (typeof value) {
      case 'string': {
        let trailer = '';
        if (value.length > ctx.maxStringLength) {
          const remaining = value.length - ctx.maxStringLength;
          value = value.slice(0, ctx.maxStringLength);
          trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
        }
        if (ctx.compact !== true && value.length > 16 && value.length > ctx.breakLength - ctx.indentationLvl - 4) {
          return value.split(/(?<=\n)/).map(line => strEscape(line)).join(' +\n' + ' '.repeat(ctx.indentationLvl + 2)) + trailer;
        }
        return strEscape(value) + trailer;
      }
      case 'number': return formatNumber(value);
      case 'bigint': return value + 'n';
      case 'boolean': return String(value);
      case 'undefined': return 'undefined';
      default: return value.toString(); // symbol
    }
  }

  // ---- values --------------------------------------------------------------------------------
  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(ctx, value);
    if (value === null) return 'null';
    if (ctx.customInspect) {
      let maybeCustom;
      try { maybeCustom = value[custom]; } catch (e) { maybeCustom = undefined; }
      if (typeof maybeCustom === 'function' && maybeCustom !== inspect
          && !(value.constructor && value.constructor.prototype === value)) {
        const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        const options = Object.assign({}, ctx.userOptions, { depth });
        const result = maybeCustom.call(value, depth, options, inspect);
        if (result !== value) {
          if (typeof result !== 'string') return formatValue(ctx, result, recurseTimes);
          return result.replace(/\n/g, '\n' + ' '.repeat(ctx.indentationLvl));
        }
      }
    }
    if (ctx.seen.includes(value)) {
      let index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = new Map([[value, index]]);
      } else {
        index = ctx.circular.get(value);
        if (index === undefined) {
          index = ctx.circular.size + 1;
          ctx.circular.set(value, index);
        }
      }
      return '[Circular *' + index + ']';
    }
    return formatRaw(ctx, value, recurseTimes, typedArray);
  }

  function constructorNameOf(obj) {
    let current = obj;
    while (current !== null && current !== undefined) {
      const descriptor = Object.getOwnPropertyDescriptor(current, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' && descriptor.value.name !== ''
          && isInstanceof(obj, descriptor.value)) {
        return String(descriptor.value.name);
      }
      current = Object.getPrototypeOf(current);
    }
    return null;
  }

  function isInstanceof(object, proto) {
    try { return object instanceof proto; } catch (e) { return false; }
  }

  function prefixOf(constructor, tag, fallback, size = '') {
    if (constructor === null) {
      if (tag !== '' && fallback !== tag) return '[' + fallback + size + ': null prototype] [' + tag + '] ';
      return '[' + fallback + size + ': null prototype] ';
    }
    if (tag !== '' && constructor !== tag) return constructor + size + ' [' + tag + '] ';
    return constructor + size + ' ';
  }

  function keysOf(value, showHidden) {
    const symbols = Object.getOwnPropertySymbols(value);
    if (showHidden) return Object.getOwnPropertyNames(value).concat(symbols);
    return Object.keys(value).concat(symbols.filter(s => Object.prototype.propertyIsEnumerable.call(value, s)));
  }

  function nonIndexKeys(value, showHidden) {
    return keysOf(value, showHidden).filter(key => typeof key === 'symbol' || !/^(0|[1-9][0-9]*)$/.test(key)
      || Number(key) >= 4294967295);
  }

  function isError(value) {
    return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
  }

  function boxedPrimitive(value) {
    for (const [Type, name] of [[Number, 'Number'], [String, 'String'], [Boolean, 'Boolean'], [BigInt, 'BigInt'], [Symbol, 'Symbol']]) {
      try {
        const primitive = Type.prototype.valueOf.call(value);
        return { primitive, name };
      } catch (e) {
        // not this type
      }
    }
    return null;
  }

  function functionBase(value, constructor, tag) {
    let source = '';
    try { source = Function.prototype.toString.call(value); } catch (e) { /* proxies */ }
    if (source.startsWith('class') && source.endsWith('}')) {
      let base = '[class ' + (value.name || '(anonymous)');
      if (constructor !== 'Function' && constructor !== null) base += ' [' + constructor + ']';
      if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
      if (constructor !== null) {
        const superName = Object.getPrototypeOf(value).name;
        if (superName) base += ' extends ' + superName;
      } else {
        base += ' extends [null prototype]';
      }
      return base + ']';
    }
    let type = 'Function';
    if (constructor === 'AsyncFunction' || constructor === 'GeneratorFunction' || constructor === 'AsyncGeneratorFunction') type = constructor;
    let base = '[' + type;
    if (constructor === null) base += ' (null prototype)';
    base += value.name === '' ? ' (anonymous)' : ': ' + value.name;
    base += ']';
    if (constructor !== type && constructor !== null) base += ' ' + constructor;
    if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
    return base;
  }

  // Node's formatError: the stack (without Millrace's own frames), named after the error's class,
  // in brackets when it has no frames; own keys whose values the stack shows already are left out.
  function errorBase(ctx, err, constructor, tag, keys) {
    const name = err.name != null ? String(err.name) : 'Error';
    let stack;
    try {
      stack = err.stack ? internals.cleanStack(String(err.stack)) : Error.prototype.toString.call(err);
    } catch (e) {
      stack = '[Error]';
    }
    for (const key of ['name', 'message', 'stack']) {
      const index = keys.indexOf(key);
      if (index !== -1 && typeof err[key] === 'string' && stack.includes(err[key])) keys.splice(index, 1);
    }
    if ('cause' in err && !keys.includes('cause')) keys.push('cause');
    if (Array.isArray(err.errors) && !keys.includes('errors')) keys.push('errors');
    let len = name.length;
    if (constructor === null || (name.endsWith('Error') && stack.startsWith(name)
        && (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
      let fallback = 'Error';
      if (constructor === null) {
        const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
        fallback = (start && start[1]) || '';
        len = fallback.length;
        fallback = fallback || 'Error';
      }
      const prefix = prefixOf(constructor, tag, fallback).slice(0, -1);
      if (name !== prefix) {
        if (prefix.includes(name)) stack = len === 0 ? prefix + ': ' + stack : prefix + stack.slice(len);
        else stack = prefix + ' [' + name + ']' + stack.slice(len);
      }
    }
    let pos = (err.message && stack.indexOf(err.message)) || -1;
    if (pos !== -1) pos += String(err.message).length;
    if (stack.indexOf('\n    at', pos) === -1) stack = '[' + stack + ']';
    if (ctx.indentationLvl !== 0) stack = stack.replace(/\n/g, '\n' + ' '.repeat(ctx.indentationLvl));
    return stack;
  }

  function formatRaw(ctx, value, recurseTimes, typedArray) {
    let keys;
    const constructor = constructorNameOf(value);
    let tag = '';
    try {
      const t = value[Symbol.toStringTag];
      if (typeof t === 'string' && t !== '' && !(ctx.showHidden ? hasOwn(value, Symbol.toStringTag)
          : Object.prototype.propertyIsEnumerable.call(value, Symbol.toStringTag))) {
        tag = t;
      }
    } catch (e) {
      // a throwing getter
    }
    let base = '';
    let formatter = () => [];
    let braces;
    let noIterator = true;
    let extrasType = 'object';

    if (libsBuffer() && value instanceof libsBuffer().Buffer) {
      return libsBuffer().inspectBuffer(value);
    }
    if (Symbol.iterator in value || constructor === null) {
      noIterator = false;
      if (Array.isArray(value)) {
        const prefix = constructor !== 'Array' || tag !== '' ? prefixOf(constructor, tag, 'Array', '(' + value.length + ')') : '';
        keys = nonIndexKeys(value, ctx.showHidden);
        braces = [prefix + '[', ']'];
        if (value.length === 0 && keys.length === 0) return braces[0] + ']';
        extrasType = 'array';
        formatter = formatArray;
      } else if (value instanceof Set) {
        const size = value.size;
        keys = keysOf(value, ctx.showHidden);
        const prefix = prefixOf(constructor, tag, 'Set', '(' + size + ')');
        formatter = formatSet;
        if (size === 0 && keys.length === 0) return prefix + '{}';
        braces = [prefix + '{', '}'];
      } else if (value instanceof Map) {
        keys = keysOf(value, ctx.showHidden);
        const prefix = prefixOf(constructor, tag, 'Map', '(' + value.size + ')');
        formatter = formatMap;
        if (value.size === 0 && keys.length === 0) return prefix + '{}';
        braces = [prefix + '{', '}'];
      } else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
        keys = nonIndexKeys(value, ctx.showHidden);
        const fallback = typedArrayTag.call(value) || 'TypedArray';
        const size = value.length;
        const prefix = prefixOf(constructor, tag, fallback, '(' + size + ')');
        braces = [prefix + '[', ']'];
        if (size === 0 && keys.length === 0 && !ctx.showHidden) return braces[0] + ']';
        formatter = formatTypedArray;
        extrasType = 'array';
      } else {
        noIterator = true;
      }
    }
    if (noIterator) {
      keys = keysOf(value, ctx.showHidden);
      braces = ['{', '}'];
      if (constructor === 'Object') {
        if (Object.prototype.toString.call(value) === '[object Arguments]') {
          braces[0] = '[Arguments] [';
          braces[1] = ']';
          keys = nonIndexKeys(value, ctx.showHidden);
          extrasType = 'array';
          formatter = formatArray;
          if (value.length === 0 && keys.length === 0) return '[Arguments] []';
        } else if (tag !== '') {
          braces[0] = prefixOf(constructor, tag, 'Object') + '{';
        }
        if (keys.length === 0 && formatter !== formatArray) return braces[0] + '}';
      } else if (typeof value === 'function') {
        base = functionBase(value, constructor, tag);
        if (keys.length === 0) return base;
      } else if (value instanceof RegExp || Object.prototype.toString.call(value) === '[object RegExp]') {
        base = RegExp.prototype.toString.call(value);
        const prefix = prefixOf(constructor, tag, 'RegExp');
        if (prefix !== 'RegExp ') base = prefix + base;
        if (keys.length === 0) return base;
      } else if (value instanceof Date) {
        const time = Date.prototype.getTime.call(value);
        base = Number.isNaN(time) ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
        const prefix = prefixOf(constructor, tag, 'Date');
        if (prefix !== 'Date ') base = prefix + base;
        if (keys.length === 0) return base;
      } else if (isError(value)) {
        base = errorBase(ctx, value, constructor, tag, keys);
        if (keys.length === 0) return base;
      } else if (value instanceof ArrayBuffer) {
        const prefix = prefixOf(constructor, tag, 'ArrayBuffer');
        if (typedArray === undefined) {
          formatter = formatArrayBuffer;
        } else if (keys.length === 0) {
          return prefix + '{ byteLength: ' + formatNumber(value.byteLength) + ' }';
        }
        braces[0] = prefix + '{';
        keys.unshift('byteLength');
      } else if (value instanceof DataView) {
        braces[0] = prefixOf(constructor, tag, 'DataView') + '{';
        keys.unshift('byteLength', 'byteOffset', 'buffer');
      } else if (value instanceof Promise) {
        braces[0] = prefixOf(constructor, tag, 'Promise') + '{';
        formatter = () => ['<pending>'];
      } else if (value instanceof WeakSet || value instanceof WeakMap) {
        braces[0] = prefixOf(constructor, tag, value instanceof WeakSet ? 'WeakSet' : 'WeakMap') + '{';
        formatter = () => ['<items unknown>'];
      } else {
        const boxed = typeof value === 'object' ? boxedPrimitive(value) : null;
        if (boxed) {
          let shown = formatPrimitive(Object.assign({}, ctx, { compact: true }), boxed.primitive);
          if (boxed.name === 'String') keys = keys.filter(key => typeof key === 'symbol' || !/^(0|[1-9][0-9]*)$/.test(key) || Number(key) >= boxed.primitive.length);
          base = '[' + boxed.name + (constructor !== boxed.name ? (constructor === null ? ' (null prototype)' : ' (' + constructor + ')') : '') + ': ' + shown + ']';
          if (tag !== '' && tag !== constructor) base += ' [' + tag + ']';
          if (keys.length === 0) return base;
        } else {
          if (keys.length === 0) return prefixOf(constructor, tag, 'Object') + '{}';
          braces[0] = prefixOf(constructor, tag, 'Object') + '{';
        }
      }
    }

    if (ctx.depth !== null && recurseTimes > ctx.depth) {
      const name = prefixOf(constructor, tag, 'Object').slice(0, -1);
      return constructor !== null ? '[' + name + ']' : name;
    }
    recurseTimes += 1;
    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    let output;
    try {
      output = formatter(ctx, value, recurseTimes);
      for (const key of keys) output.push(formatProperty(ctx, value, recurseTimes, key, extrasType));
    } finally {
      ctx.seen.pop();
    }
    if (ctx.circular !== undefined) {
      const index = ctx.circular.get(value);
      if (index !== undefined) {
        const reference = '<ref *' + index + '>';
        if (ctx.compact !== true) base = base === '' ? reference : reference + ' ' + base;
        else braces[0] = reference + ' ' + braces[0];
      }
    }
    if (ctx.sorted) {
      const compare = typeof ctx.sorted === 'function' ? ctx.sorted : undefined;
      if (extrasType === 'object') output = output.sort(compare);
      else if (keys.length > 1) {
        const sorted = output.slice(output.length - keys.length).sort(compare);
        output.splice(output.length - keys.length, keys.length, ...sorted);
      }
    }
    return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  }

  function libsBuffer() {
    return internals.loaded('buffer');
  }

  function remainingText(remaining) {
    return '... ' + remaining + ' more item' + (remaining > 1 ? 's' : '');
  }

  function formatArray(ctx, value, recurseTimes) {
    const length = value.length;
    const output = [];
    let i = 0;
    let shown = 0;
    while (i < length && shown < ctx.maxArrayLength) {
      if (!hasOwn(value, i)) {
        let holes = 0;
        while (i < length && !hasOwn(value, i)) { holes++; i++; }
        output.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>');
      } else {
        output.push(formatProperty(ctx, value, recurseTimes, i, 'array'));
        i++;
      }
      shown++;
    }
    const remaining = length - i;
    if (remaining > 0) output.push(remainingText(remaining));
    return output;
  }

  function formatTypedArray(ctx, value, recurseTimes) {
    const length = value.length;
    const max = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const output = new Array(max);
    for (let i = 0; i < max; i++) output[i] = typeof value[i] === 'bigint' ? value[i] + 'n' : formatNumber(value[i]);
    if (length > max) output.push(remainingText(length - max));
    if (ctx.showHidden) {
      ctx.indentationLvl += 2;
      for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
        output.push('[' + key + ']: ' + formatValue(ctx, value[key], recurseTimes, true));
      }
      ctx.indentationLvl -= 2;
    }
    return output;
  }

  function formatArrayBuffer(ctx, value) {
    const bytes = new Uint8Array(value);
    let hex = Array.from(bytes.slice(0, Math.min(ctx.maxArrayLength, bytes.length)), b => b.toString(16).padStart(2, '0')).join(' ');
    const remaining = bytes.length - ctx.maxArrayLength;
    if (remaining > 0) hex += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
    return ['[Uint8Contents]: <' + hex + '>'];
  }

  function formatSet(ctx, value, recurseTimes) {
    const output = [];
    ctx.indentationLvl += 2;
    for (const item of value) output.push(formatValue(ctx, item, recurseTimes));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(ctx, value, recurseTimes) {
    const output = [];
    ctx.indentationLvl += 2;
    for (const [k, v] of value) output.push(formatValue(ctx, k, recurseTimes) + ' => ' + formatValue(ctx, v, recurseTimes));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatProperty(ctx, value, recurseTimes, key, type) {
    let str;
    let desc = Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
    if (desc.value !== undefined) {
      ctx.indentationLvl += 2;
      str = formatValue(ctx, desc.value, recurseTimes);
      ctx.indentationLvl -= 2;
    } else if (desc.get !== undefined) {
      const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
      if (ctx.getters) {
        try {
          const got = desc.get.call(value);
          ctx.indentationLvl += 2;
          str = got === null ? '[' + label + ': null]' : typeof got === 'object' ? '[' + label + '] ' + formatValue(ctx, got, recurseTimes)
            : '[' + label + ': ' + formatPrimitive(ctx, got) + ']';
          ctx.indentationLvl -= 2;
        } catch (e) {
          str = '[' + label + ': <Inspection threw (' + e.message + ')>]';
        }
      } else {
        str = '[' + label + ']';
      }
    } else if (desc.set !== undefined) {
      str = '[Setter]';
    } else {
      str = 'undefined';
    }
    if (type === 'array' && typeof key === 'number') return str;
    let name;
    if (typeof key === 'symbol') name = '[' + key.toString() + ']';
    else if (key === '__proto__') name = "['__proto__']";
    else if (desc.enumerable === false) name = '[' + key + ']';
    else if (/^[a-zA-Z_][a-zA-Z_0-9]*$/.test(key)) name = key;
    else name = strEscape(key);
    return name + ': ' + str;
  }

  // ---- layout (Node's reduceToSingleString, isBelowBreakLength and groupArrayElements) ---------
  function isBelowBreakLength(ctx, output, start, base) {
    let total = output.length + start;
    if (total + output.length > ctx.breakLength) return false;
    for (const entry of output) {
      total += entry.length;
      if (total > ctx.breakLength) return false;
    }
    return base === '' || !base.includes('\n');
  }

  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let outputLength = output.length;
    if (ctx.maxArrayLength < output.length) outputLength--; // the "... more items" entry
    const separatorSpace = 2;
    const dataLen = new Array(outputLength);
    for (let i = 0; i < outputLength; i++) {
      const len = output[i].length;
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (totalLength / actualMax > 5 || maxLength <= 6)) {
      const averageBias = Math.sqrt(actualMax - totalLength / output.length);
      const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      const columns = Math.min(
        Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
        Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15);
      if (columns <= 1) return output;
      const tmp = [];
      const maxLineLength = [];
      for (let i = 0; i < columns; i++) {
        let lineLength = 0;
        for (let j = i; j < output.length; j += columns) {
          if (dataLen[j] > lineLength) lineLength = dataLen[j];
        }
        maxLineLength.push(lineLength + separatorSpace);
      }
      let padStart = true;
      if (value !== undefined) {
        for (let i = 0; i < output.length; i++) {
          if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
            padStart = false;
            break;
          }
        }
      }
      for (let i = 0; i < outputLength; i += columns) {
        const max = Math.min(i + columns, outputLength);
        let str = '';
        let j = i;
        for (; j < max - 1; j++) {
          const padding = maxLineLength[j - i];
          str += padStart ? (output[j] + ', ').padStart(padding, ' ') : (output[j] + ', ').padEnd(padding, ' ');
        }
        if (padStart) {
          str += output[j].padStart(maxLineLength[j - i] - separatorSpace, ' ');
        } else {
          str += output[j];
        }
        tmp.push(str);
      }
      if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
      output = tmp;
    }
    return output;
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
        const entries = output.length;
        if (extrasType === 'array' && entries > 6) output = groupArrayElements(ctx, output, value);
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            const joined = output.join(', ');
            if (!joined.includes('\n')) return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
          }
        }
      }
      const indentation = '\n' + ' '.repeat(ctx.indentationLvl);
      return (base ? base + ' ' : '') + braces[0] + indentation + '  ' + output.join(',' + indentation + '  ')
        + indentation + braces[1];
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
      return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
    }
    const indentation = '\n' + ' '.repeat(ctx.indentationLvl);
    const ln = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + indentation + '  ';
    return braces[0] + ln + output.join(',' + indentation + '  ') + ' ' + braces[1];
  }

  // ---- util.inspect ----------------------------------------------------------------------------
  function inspect(value, opts) {
    const ctx = Object.assign({}, DEFAULTS, { seen: [], circular: undefined, indentationLvl: 0, currentDepth: 0 });
    let userOptions = {};
    if (arguments.length > 1 && typeof opts !== 'object') {
      // legacy inspect(value, showHidden, depth)
      ctx.showHidden = Boolean(opts);
      if (arguments.length > 2 && arguments[2] !== undefined) ctx.depth = arguments[2];
    } else if (opts !== null && typeof opts === 'object') {
      userOptions = opts;
      for (const key of Object.keys(DEFAULTS)) {
        if (hasOwn(opts, key) && opts[key] !== undefined) ctx[key] = opts[key];
      }
    }
    if (ctx.depth === Infinity) ctx.depth = null;
    if (typeof ctx.maxArrayLength !== 'number' || ctx.maxArrayLength === null) ctx.maxArrayLength = ctx.maxArrayLength === null ? Infinity : 100;
    if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
    ctx.userOptions = Object.assign({}, DEFAULTS, userOptions);
    return formatValue(ctx, value, 0);
  }
  inspect.custom = custom;
  inspect.defaultOptions = DEFAULTS;

  // Whether %s shows an object with inspect (its toString is a built-in one) rather than String().
  function hasBuiltInToString(value) {
    if (typeof value.toString !== 'function') return true;
    if (hasOwn(value, 'toString')) return false;
    let pointer = value;
    do {
      pointer = Object.getPrototypeOf(pointer);
    } while (pointer !== null && !hasOwn(pointer, 'toString'));
    if (pointer === null) return true;
    const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
    return descriptor !== undefined && typeof descriptor.value === 'function' && BUILT_IN.has(descriptor.value.name);
  }

  return { inspect, hasBuiltInToString, strEscape };
})
