// The fs and fs/promises modules: the common calls of Node's fs on the step's /tmp, which is the
// execution's own directory on the host (HostFiles.java does the work and the sandboxing; paths
// outside /tmp fail with EACCES). Synchronous calls, callback calls and promises are all offered.
// Streams and file descriptors are not. Evaluated on first use by bootstrap.js's lib('fs').
(function fsLibrary(host, internals) {
  'use strict';
  const { Buffer, codec } = internals.lib('buffer');

  function describe(value) {
    if (value === null || value === undefined) return 'Received ' + value;
    if (typeof value === 'object') return 'Received an instance of ' + ((value.constructor && value.constructor.name) || 'Object');
    return 'Received type ' + typeof value + ' (' + internals.inspect(value) + ')';
  }

  function invalidArg(name, expected, value) {
    return Object.assign(new TypeError('The "' + name + '" argument must be ' + expected + '. ' + describe(value)),
      { code: 'ERR_INVALID_ARG_TYPE' });
  }

  function pathOf(path, name = 'path') {
    if (typeof path === 'string') return path;
    if (path instanceof Uint8Array) return codec.decode(path, 'utf8');
    if (path && typeof path === 'object' && typeof path.href === 'string' && typeof path.protocol === 'string') {
      if (path.protocol !== 'file:') {
        throw Object.assign(new TypeError('The URL must be of scheme file'), { code: 'ERR_INVALID_URL_SCHEME' });
      }
      return decodeURIComponent(path.pathname);
    }
    if (typeof path === 'number') {
      throw Object.assign(new Error('file descriptors are not supported by Millrace: pass a path'), { code: 'ENOTSUP' });
    }
    throw invalidArg(name, 'of type string or an instance of Buffer or URL', path);
  }

  function call(op, ...args) {
    const result = host.fs(op, ...args);
    if (result[0] !== null && result[0] !== undefined) {
      const info = JSON.parse(result[0]);
      const error = new Error(info.message);
      for (const key of ['errno', 'code', 'syscall', 'path', 'dest']) if (info[key] !== undefined) error[key] = info[key];
      if (String(info.code).startsWith('ERR_')) error.name = 'SystemError';
      Error.captureStackTrace && Error.captureStackTrace(error, call);
      throw error;
    }
    return result[1];
  }

  function optionsOf(options, defaults) {
    if (options === undefined || options === null || typeof options === 'function') return { ...defaults };
    if (typeof options === 'string') return { ...defaults, encoding: options };
    if (typeof options !== 'object') throw invalidArg('options', 'one of type string or object', options);
    return { ...defaults, ...options };
  }

  function isUtf8(encoding) {
    return typeof encoding === 'string' && /^utf-?8$/i.test(encoding);
  }

  // ---- synchronous calls ------------------------------------------------------------------------
  function readFileSync(path, options) {
    const { encoding, flag } = optionsOf(options, { encoding: null, flag: 'r' });
    const blob = call('read', pathOf(path));
    if (isUtf8(encoding)) return blob.text();
    const buffer = Buffer.alloc(blob.size);
    if (blob.size > 0) blob.copy(buffer.buffer);
    return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
  }

  function dataOf(data, encoding) {
    if (typeof data === 'string') return isUtf8(encoding) || !encoding ? data : codec.exactBuffer(Buffer.from(data, encoding));
    if (ArrayBuffer.isView(data)) return codec.exactBuffer(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    if (data instanceof ArrayBuffer) return data;
    throw invalidArg('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }

  function writeFileSync(path, data, options) {
    const { encoding, flag } = optionsOf(options, { encoding: 'utf8', flag: 'w' });
    const f = String(flag);
    call('write', pathOf(path), dataOf(data, encoding), f.startsWith('a'), f.includes('x'));
  }

  function appendFileSync(path, data, options) {
    const { encoding, flag } = optionsOf(options, { encoding: 'utf8', flag: 'a' });
    call('write', pathOf(path), dataOf(data, encoding), String(flag).startsWith('a'), String(flag).includes('x'));
  }

  function existsSync(path) {
    try {
      return call('exists', pathOf(path)) === true;
    } catch (e) {
      return false;
    }
  }

  function mkdirSync(path, options) {
    const { recursive } = typeof options === 'number' ? {} : optionsOf(options, { recursive: false });
    const first = call('mkdir', pathOf(path), recursive === true);
    return first === null ? undefined : first;
  }

  class Dirent {
    constructor(name, type, parentPath) {
      this.name = name;
      this.parentPath = parentPath;
      this.path = parentPath;
      Object.defineProperty(this, '_type', { value: type });
    }
    isFile() { return this._type === 'file'; }
    isDirectory() { return this._type === 'dir'; }
    isSymbolicLink() { return this._type === 'link'; }
    isBlockDevice() { return false; }
    isCharacterDevice() { return false; }
    isFIFO() { return false; }
    isSocket() { return false; }
  }

  function readdirSync(path, options) {
    const { encoding, withFileTypes } = optionsOf(options, { encoding: 'utf8', withFileTypes: false });
    const dir = pathOf(path);
    const entries = JSON.parse(call('readdir', dir));
    if (withFileTypes) return entries.map(([name, type]) => new Dirent(name, type, dir));
    return entries.map(([name]) => (encoding === 'buffer' ? Buffer.from(name) : name));
  }

  class Stats {
    constructor(s) {
      this.dev = 0; this.mode = s.mode; this.nlink = 1; this.uid = 0; this.gid = 0; this.rdev = 0;
      this.blksize = 4096; this.ino = s.ino; this.size = s.size; this.blocks = Math.ceil(s.size / 512);
      this.atimeMs = s.atimeMs; this.mtimeMs = s.mtimeMs; this.ctimeMs = s.ctimeMs; this.birthtimeMs = s.birthtimeMs;
      this.atime = new Date(s.atimeMs); this.mtime = new Date(s.mtimeMs);
      this.ctime = new Date(s.ctimeMs); this.birthtime = new Date(s.birthtimeMs);
      Object.defineProperty(this, '_type', { value: s.type });
    }
    isFile() { return this._type === 'file'; }
    isDirectory() { return this._type === 'dir'; }
    isSymbolicLink() { return this._type === 'link'; }
    isBlockDevice() { return false; }
    isCharacterDevice() { return false; }
    isFIFO() { return false; }
    isSocket() { return false; }
  }

  function statOf(path, options, follow) {
    const { throwIfNoEntry } = optionsOf(options, { throwIfNoEntry: true });
    try {
      return new Stats(JSON.parse(call('stat', pathOf(path), follow)));
    } catch (e) {
      if (throwIfNoEntry === false && e.code === 'ENOENT') return undefined;
      throw e;
    }
  }
  const statSync = (path, options) => statOf(path, options, true);
  const lstatSync = (path, options) => statOf(path, options, false);

  function unlinkSync(path) { call('unlink', pathOf(path)); }

  function rmSync(path, options) {
    const { recursive, force } = optionsOf(options, { recursive: false, force: false });
    call('rm', pathOf(path), recursive === true, force === true);
  }

  function rmdirSync(path, options) {
    const { recursive } = optionsOf(options, { recursive: false });
    if (recursive === true) call('rm', pathOf(path), true, false);
    else call('rmdir', pathOf(path));
  }

  function renameSync(oldPath, newPath) { call('rename', pathOf(oldPath, 'oldPath'), pathOf(newPath, 'newPath')); }

  function copyFileSync(src, dest, mode) {
    call('copy', pathOf(src, 'src'), pathOf(dest, 'dest'), ((mode | 0) & constants.COPYFILE_EXCL) !== 0);
  }

  function accessSync(path) { call('access', pathOf(path)); }

  function mkdtempSync(prefix) {
    const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    for (let attempt = 0; ; attempt++) {
      let suffix = '';
      for (let i = 0; i < 6; i++) suffix += chars[Math.floor(Math.random() * chars.length)];
      const path = pathOf(prefix, 'prefix') + suffix;
      try {
        call('mkdir', path, false);
        return path;
      } catch (e) {
        if (e.code !== 'EEXIST' || attempt > 100) throw e;
      }
    }
  }

  function unsupported(name, instead) {
    return function () {
      throw Object.assign(new Error('fs.' + name + ' is not supported by Millrace: use ' + instead),
        { code: 'ERR_METHOD_NOT_IMPLEMENTED' });
    };
  }

  const constants = Object.freeze({ F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, COPYFILE_EXCL: 1, COPYFILE_FICLONE: 2,
    COPYFILE_FICLONE_FORCE: 4, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2 });

  const sync = { readFileSync, writeFileSync, appendFileSync, existsSync, mkdirSync, readdirSync, statSync, lstatSync,
    unlinkSync, rmSync, rmdirSync, renameSync, copyFileSync, accessSync, mkdtempSync };

  // ---- promises and callbacks -----------------------------------------------------------------
  const promises = { constants };
  const callbacks = {};
  for (const [name, fn] of Object.entries(sync)) {
    if (name === 'existsSync') continue;
    const base = name.slice(0, -4);
    promises[base] = async (...args) => fn(...args);
    callbacks[base] = function (...args) {
      const callback = args.pop();
      if (typeof callback !== 'function') throw invalidArg('cb', 'of type function', callback);
      let result;
      let error = null;
      try { result = fn(...args); } catch (e) { error = e; }
      Promise.resolve().then(() => (error ? callback(error) : callback(null, result)));
    };
  }
  callbacks.exists = function exists(path, callback) {
    const result = existsSync(path);
    Promise.resolve().then(() => callback(result));
  };

  const module = {
    ...sync,
    ...callbacks,
    promises,
    constants,
    Stats,
    Dirent,
    createReadStream: unsupported('createReadStream', 'fs.readFileSync or fs.promises.readFile'),
    createWriteStream: unsupported('createWriteStream', 'fs.writeFileSync or fs.promises.writeFile'),
    openSync: unsupported('openSync', 'fs.readFileSync or fs.writeFileSync with a path'),
    open: unsupported('open', 'fs.promises.readFile or fs.promises.writeFile with a path'),
    F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  };
  return { module, promises };
})
