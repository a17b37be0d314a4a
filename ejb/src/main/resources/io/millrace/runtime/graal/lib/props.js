// Prop values for steps. Before run, each prop the component declares gets its value: the configured
// one (propsJson) with its {{ }} expressions evaluated, else its default; then it is checked and
// coerced by the prop's type (string, integer, boolean, object, any, and arrays of them such as
// string[] and integer[]), its min and max, and its options. A problem fails the step with a
// ConfigurationError naming the prop. Values of secret props never appear in these errors and are
// handed to host.secret so that the logs Millrace writes mask them.
// Evaluated on first use by bootstrap.js's lib('props'); the value is the library's factory.
(function propsLibrary(host, internals) {
  'use strict';
  const { ConfigurationError } = internals.lib('extras').platform;
  const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
  const ELEMENT_TYPES = new Set(['string', 'integer', 'boolean', 'object', 'any']);
  const ARTICLES = { string: 'a string', integer: 'an integer', boolean: 'a boolean', object: 'an object' };

  // ---- {{ }} expressions -----------------------------------------------------------------------
  // Where the expression opened at `from` ends: the first "}}" outside braces and string literals
  // (so `{{ {a: 1} }}` works), else the first "}}"; -1 when there is none.
  function closeOf(text, from) {
    let depth = 0;
    let quote = null;
    for (let i = from; i < text.length; i++) {
      const c = text[i];
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'" || c === '`') {
        quote = c;
      } else if (c === '{') {
        depth++;
      } else if (c === '}') {
        if (depth > 0) depth--;
        else if (text[i + 1] === '}') return i;
      }
    }
    return text.indexOf('}}', from);
  }

  // The text split into literal text and expressions: [{ text } | { expression }].
  function partsOf(text) {
    const parts = [];
    let at = 0;
    for (;;) {
      const open = text.indexOf('{{', at);
      if (open < 0) break;
      const close = closeOf(text, open + 2);
      if (close < 0) break;
      const expression = text.slice(open + 2, close);
      if (expression.trim() === '') { // "{{ }}" is kept as text
        parts.push({ text: text.slice(at, close + 2) });
      } else {
        parts.push({ text: text.slice(at, open) }, { expression });
      }
      at = close + 2;
    }
    parts.push({ text: text.slice(at) });
    return parts;
  }

  function errorText(e) {
    if (e instanceof Error || (e && typeof e === 'object' && typeof e.message === 'string')) {
      return (typeof e.name === 'string' && e.name ? e.name : 'Error') + ': ' + e.message;
    }
    try { return String(e); } catch (ignored) { return 'a value that cannot be shown'; }
  }

  // Runs one expression with `steps` (and `event`, steps.trigger.event) in scope; process.env is global.
  function evaluateExpression(name, expression, scope, secret) {
    const where = secret ? 'Prop "' + name + '": an expression in its value'
                         : 'Prop "' + name + '": the expression {{' + expression + '}}';
    let fn;
    try {
      fn = new Function('steps', 'event', 'return (' + expression + '\n);'); // eslint-disable-line no-new-func
    } catch (e) {
      throw new ConfigurationError(where + ' is not valid JavaScript: ' + errorText(e));
    }
    try {
      return fn.call(undefined, scope.steps, scope.event);
    } catch (e) {
      throw new ConfigurationError(where + ' failed: ' + errorText(e));
    }
  }

  // How an expression's value reads inside text: strings as they are, objects and arrays as JSON.
  function asText(value) {
    if (typeof value === 'string') return value;
    if (value !== null && typeof value === 'object') {
      try {
        const json = JSON.stringify(value);
        if (json !== undefined) return json;
      } catch (ignored) {
        // a cycle: fall back to String()
      }
    }
    return String(value);
  }

  function evaluateString(name, text, scope, secret) {
    if (!text.includes('{{')) return text;
    const parts = partsOf(text);
    const expressions = parts.filter(part => part.expression !== undefined);
    if (expressions.length === 0) return text;
    if (expressions.length === 1 && parts.every(part => part.expression !== undefined || part.text.trim() === '')) {
      return evaluateExpression(name, expressions[0].expression, scope, secret); // the whole value: any type
    }
    return parts.map(part => (part.expression === undefined ? part.text
      : asText(evaluateExpression(name, part.expression, scope, secret)))).join('');
  }

  // The configured value with the expressions in its strings, and in nested arrays and objects, evaluated.
  function evaluateValue(name, value, scope, secret) {
    if (typeof value === 'string') return evaluateString(name, value, scope, secret);
    if (Array.isArray(value)) return value.map(item => evaluateValue(name, item, scope, secret));
    if (value !== null && typeof value === 'object') {
      const out = {};
      for (const key of Object.keys(value)) out[key] = evaluateValue(name, value[key], scope, secret);
      return out;
    }
    return value;
  }

  // ---- types -----------------------------------------------------------------------------------
  function describe(value) {
    if (value === undefined) return 'undefined';
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'an array';
    switch (typeof value) {
      case 'string': return JSON.stringify(value.length > 60 ? value.slice(0, 60) + '…' : value);
      case 'object': return 'an object';
      case 'function': return 'a function';
      case 'bigint': return value + 'n';
      case 'symbol': return 'a symbol';
      default: return String(value);
    }
  }

  function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  // The value of one item as `type` (string, integer, boolean, object, any), or a ConfigurationError.
  function coerceItem(type, value, problem) {
    switch (type) {
      case 'string':
        if (typeof value === 'string') return value;
        if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean' || typeof value === 'bigint') {
          return String(value);
        }
        throw problem('must be a string', value,
          isPlainObject(value) || Array.isArray(value) ? ' (use {{JSON.stringify(...)}} to pass it as text)' : '');
      case 'integer':
        if (typeof value === 'number' && Number.isInteger(value)) return value;
        if (typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value)) {
          const n = Number(value.trim());
          if (Number.isSafeInteger(n)) return n;
        }
        throw problem('must be an integer', value);
      case 'boolean':
        if (typeof value === 'boolean') return value;
        if (typeof value === 'string' && /^\s*(true|false)\s*$/i.test(value)) return value.trim().toLowerCase() === 'true';
        throw problem('must be a boolean (true or false)', value);
      case 'object':
        if (isPlainObject(value)) return value;
        if (typeof value === 'string' && /^\s*\{/.test(value)) {
          try {
            const parsed = JSON.parse(value);
            if (isPlainObject(parsed)) return parsed;
          } catch (ignored) {
            // reported below
          }
        }
        throw problem('must be an object', value);
      default:
        return value; // any
    }
  }

  function optionValue(option) {
    return option !== null && typeof option === 'object' && hasOwn(option, 'value') ? option.value : option;
  }

  function sameValue(a, b) {
    if (a === b) return true;
    const primitive = v => v === null || (typeof v !== 'object' && typeof v !== 'function');
    if (primitive(a) && primitive(b)) return a !== null && b !== null && String(a) === String(b);
    try {
      return JSON.stringify(a) === JSON.stringify(b);
    } catch (ignored) {
      return false;
    }
  }

  // Checks min, max and options for one item that has its type already.
  function checkItem(definition, type, value, problem) {
    if (type === 'integer') {
      if (typeof definition.min === 'number' && value < definition.min) throw problem('must be at least ' + definition.min, value);
      if (typeof definition.max === 'number' && value > definition.max) throw problem('must be at most ' + definition.max, value);
    }
    if (Array.isArray(definition.options) && definition.options.length > 0) {
      const allowed = definition.options.map(optionValue);
      if (!allowed.some(option => sameValue(option, value))) {
        const listed = allowed.slice(0, 10).map(describe).join(', ') + (allowed.length > 10 ? ', …' : '');
        throw problem('must be one of its options (' + listed + ')', value);
      }
    }
    return value;
  }

  // The value as the prop's type says; values of other types (app, data_store, ...) are left as they are.
  function coerce(name, definition, value, secret, isDefault) {
    const type = typeof definition.type === 'string' ? definition.type.trim() : '';
    const array = type.endsWith('[]');
    const itemType = array ? type.slice(0, -2) : type;
    if (!ELEMENT_TYPES.has(itemType)) return value;
    const subject = (isDefault ? 'The default of prop "' : 'Prop "') + name + '"';
    const problemAt = index => (what, got, hint = '') => new ConfigurationError(subject
      + (array ? ' (' + type + ')' + (index === undefined ? '' : ' item ' + index) : '') + ' ' + what
      + (secret ? '' : ', got ' + describe(got)) + hint);
    if (!array) return checkItem(definition, itemType, coerceItem(itemType, value, problemAt()), problemAt());
    let list = value;
    if (typeof value === 'string' && /^\s*\[/.test(value)) {
      try {
        const parsed = JSON.parse(value);
        if (Array.isArray(parsed)) list = parsed;
      } catch (ignored) {
        // a single string that only looks like JSON
      }
    }
    if (!Array.isArray(list)) list = [list];
    return list.map((item, index) => checkItem(definition, itemType, coerceItem(itemType, item, problemAt(index)), problemAt(index)));
  }

  // ---- resolution ------------------------------------------------------------------------------
  // A prop's definition, with what a propDefinition [app, name] it refers to defines.
  function definitionOf(raw) {
    if (raw === null || typeof raw !== 'object') return {};
    const reference = raw.propDefinition;
    if (Array.isArray(reference) && reference[0] && typeof reference[0] === 'object') {
      const definitions = reference[0].propDefinitions;
      const base = definitions && typeof definitions === 'object' ? definitions[reference[1]] : undefined;
      if (base && typeof base === 'object') {
        const merged = Object.assign({}, base, raw);
        delete merged.propDefinition;
        return merged;
      }
    }
    return raw;
  }

  function isUserInput(definition) {
    const type = typeof definition.type === 'string' ? definition.type.trim() : '';
    return ELEMENT_TYPES.has(type.endsWith('[]') ? type.slice(0, -2) : type);
  }

  function isMissing(value, definition) {
    if (value === undefined || value === null) return true;
    // a blank field of a non-text prop is no value
    return value === '' && definition.type !== 'string' && definition.type !== 'any';
  }

  function rememberSecrets(value) {
    if (typeof value === 'string') host.secret(value);
    else if (Array.isArray(value)) value.forEach(rememberSecrets);
  }

  /**
   * The values `this` gets: one per declared prop (undefined when it has none) and one per configured
   * value of an undeclared name (with its expressions evaluated but not checked). With
   * options.expressions false (sources), configured values are taken as they are: {{ }} is plain text.
   */
  function resolve(declared, configured, steps, options) {
    const definitions = declared !== null && typeof declared === 'object' ? declared : {};
    const given = configured !== null && typeof configured === 'object' ? configured : {};
    const scope = { steps, event: steps && steps.trigger ? steps.trigger.event : undefined };
    const evaluate = options && options.expressions === false ? (name, value) => value : evaluateValue;
    const values = {};
    for (const name of Object.keys(definitions)) {
      const definition = definitionOf(definitions[name]);
      const secret = definition.secret === true;
      if (secret && hasOwn(given, name)) rememberSecrets(given[name]);
      let value = hasOwn(given, name) ? evaluate(name, given[name], scope, secret) : undefined;
      if (secret) rememberSecrets(value);
      let isDefault = false;
      if (isMissing(value, definition)) {
        if (definition.default !== undefined) {
          value = definition.default;
          isDefault = true;
        } else if (isUserInput(definition) && definition.optional !== true && definition.disabled !== true) {
          throw new ConfigurationError('Required prop "' + name + '" has no value'
            + (hasOwn(given, name) && given[name] !== null && !secret ? ' (its configured value ' + describe(given[name])
              + ' evaluated to ' + describe(value) + ')' : '')
            + ': set it in the step\'s props, or make the prop optional or give it a default');
        } else {
          values[name] = value === null ? null : undefined;
          continue;
        }
      }
      values[name] = coerce(name, definition, value, secret, isDefault);
    }
    for (const name of Object.keys(given)) {
      if (!hasOwn(definitions, name)) values[name] = evaluate(name, given[name], scope, false);
    }
    return values;
  }

  // True when the value, or a string anywhere inside it, has a {{ }} expression.
  function hasExpression(value) {
    if (typeof value === 'string') return partsOf(value).some(part => part.expression !== undefined);
    if (Array.isArray(value)) return value.some(hasExpression);
    if (value !== null && typeof value === 'object') return Object.keys(value).some(key => hasExpression(value[key]));
    return false;
  }

  /**
   * Deploy-time check of the configured values that are literals (no {{ }} expression): the first
   * problem as { prop, message }, or null. An expression counts as a value; it is checked at run time.
   */
  function checkLiterals(declared, configured) {
    const definitions = declared !== null && typeof declared === 'object' ? declared : {};
    const given = configured !== null && typeof configured === 'object' ? configured : {};
    for (const name of Object.keys(definitions)) {
      const definition = definitionOf(definitions[name]);
      const secret = definition.secret === true;
      const value = given[name];
      if (hasOwn(given, name) && hasExpression(value)) continue;
      try {
        if (!isMissing(value, definition)) {
          coerce(name, definition, value, secret, false);
        } else if (definition.default !== undefined) {
          coerce(name, definition, definition.default, secret, true);
        } else if (isUserInput(definition) && definition.optional !== true && definition.disabled !== true) {
          return { prop: name, message: 'Required prop "' + name + '" has no value: set it in the step\'s props, '
            + 'or make the prop optional or give it a default' };
        }
      } catch (error) {
        return { prop: name, message: error.message };
      }
    }
    return null;
  }

  return { resolve, evaluate: evaluateValue, partsOf, definitionOf, checkLiterals, isUserInput };
})
