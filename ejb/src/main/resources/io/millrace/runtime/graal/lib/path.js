// The built-in module "path" (also "path/posix"): Node's POSIX path functions. "path/win32" is the
// same object (steps run on Linux), which is what Node's path.win32 would not be; it is rarely used.
// Evaluated on first use by bootstrap.js's lib('path'); the value is the library's factory.
(function pathLibrary(host, internals) {
  'use strict';
  function check(value, name) {
    if (typeof value !== 'string') {
      throw Object.assign(new TypeError('The "' + name + '" argument must be of type string. Received '
        + internals.inspect(value)), { code: 'ERR_INVALID_ARG_TYPE' });
    }
  }

  function normalizeParts(path, absolute) {
    const out = [];
    for (const part of path.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
        else if (!absolute) out.push('..');
      } else {
        out.push(part);
      }
    }
    return out;
  }

  function normalize(path) {
    check(path, 'path');
    if (path === '') return '.';
    const absolute = path.startsWith('/');
    const trailing = path.endsWith('/');
    let joined = normalizeParts(path, absolute).join('/');
    if (joined === '' && !absolute) joined = '.';
    if (joined !== '' && trailing) joined += '/';
    return (absolute ? '/' : '') + joined;
  }

  function resolve(...paths) {
    let resolved = '';
    for (let i = paths.length - 1; i >= -1 && !resolved.startsWith('/'); i--) {
      const path = i >= 0 ? paths[i] : '/tmp';
      check(path, 'paths[' + i + ']');
      if (path === '') continue;
      resolved = path + (resolved === '' ? '' : '/' + resolved);
    }
    const joined = normalizeParts(resolved, true).join('/');
    return '/' + joined;
  }

  function join(...paths) {
    paths.forEach((p, i) => check(p, 'paths[' + i + ']'));
    const joined = paths.filter(p => p !== '').join('/');
    return joined === '' ? '.' : normalize(joined);
  }

  function relative(from, to) {
    check(from, 'from');
    check(to, 'to');
    const a = resolve(from).split('/').filter(Boolean);
    const b = resolve(to).split('/').filter(Boolean);
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return a.slice(i).map(() => '..').concat(b.slice(i)).join('/');
  }

  function trimSlashes(path) {
    let end = path.length;
    while (end > 1 && path[end - 1] === '/') end--;
    return path.slice(0, end);
  }

  function dirname(path) {
    check(path, 'path');
    if (path === '') return '.';
    const trimmed = trimSlashes(path);
    const at = trimmed.lastIndexOf('/');
    if (at === -1) return '.';
    if (at === 0) return '/';
    return trimSlashes(trimmed.slice(0, at));
  }

  function basename(path, suffix) {
    check(path, 'path');
    if (suffix !== undefined) check(suffix, 'ext');
    const trimmed = trimSlashes(path);
    let base = trimmed === '/' ? '' : trimmed.slice(trimmed.lastIndexOf('/') + 1);
    if (suffix !== undefined && base !== suffix && base.endsWith(suffix)) base = base.slice(0, base.length - suffix.length);
    return base;
  }

  function extname(path) {
    check(path, 'path');
    const base = basename(path);
    const dot = base.lastIndexOf('.');
    if (dot <= 0 || (dot === base.length - 1 && base === '..')) return dot <= 0 ? '' : base.slice(dot);
    return base.slice(dot);
  }

  function isAbsolute(path) {
    check(path, 'path');
    return path.startsWith('/');
  }

  function parse(path) {
    check(path, 'path');
    const root = path.startsWith('/') ? '/' : '';
    const base = basename(path);
    const ext = extname(path);
    let dir = dirname(path);
    if (dir === '.' && !path.includes('/')) dir = '';
    return { root, dir, base, ext, name: ext ? base.slice(0, base.length - ext.length) : base };
  }

  function format(object) {
    if (object === null || typeof object !== 'object') {
      throw Object.assign(new TypeError('The "pathObject" argument must be of type object'), { code: 'ERR_INVALID_ARG_TYPE' });
    }
    const dir = object.dir || object.root || '';
    const base = object.base || ((object.name || '') + (object.ext ? (object.ext.startsWith('.') ? '' : '.') + object.ext : ''));
    if (!dir) return base;
    return dir === object.root ? dir + base : dir + '/' + base;
  }

  const module = {
    sep: '/', delimiter: ':', normalize, resolve, join, relative, dirname, basename, extname, isAbsolute, parse,
    format, toNamespacedPath: path => path,
  };
  module.posix = module;
  module.win32 = module;
  return { module };
})
