// $.files: the project's file store in code steps (seed /workflows/data-management/file-stores/reference).
// Every call goes to host.extras().files (HostFileStore.java, the FileStore port) at once; paths are checked
// there. Bytes cross as ArrayBuffers. Evaluated on first use by bootstrap.js's lib('files').
(function filesLibrary(host, internals) {
  'use strict';
  const { inspect, lib } = internals;

  function call(what, op, ...args) {
    const answer = JSON.parse(host.extras().files(op, ...args));
    if (answer.error !== undefined) throw new Error(what + ': ' + answer.error);
    return answer.ok;
  }

  function pathOf(what, path) {
    if (typeof path !== 'string' || path.length === 0) {
      throw new TypeError(what + ': the path must be a non-empty string, like "reports/today.csv", got ' + inspect(path));
    }
    return path;
  }

  // The exact bytes of a string (UTF-8), Buffer, typed array, DataView or ArrayBuffer, as an ArrayBuffer.
  function bytesOf(what, data) {
    if (typeof data === 'string') return bytesOf(what, new TextEncoder().encode(data));
    if (data instanceof ArrayBuffer) return data;
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice().buffer;
    throw new TypeError(what + ': expected a string, Buffer, typed array or ArrayBuffer, got ' + inspect(data));
  }

  function concat(chunks) {
    const views = chunks.map(c => new Uint8Array(bytesOf('File.fromReadableStream: a chunk', c)));
    const out = new Uint8Array(views.reduce((n, v) => n + v.length, 0));
    let at = 0;
    for (const v of views) { out.set(v, at); at += v.length; }
    return out.buffer;
  }

  class File {
    constructor(path) {
      this.path = path;
      Object.defineProperty(this, 'type', { value: 'File', enumerable: true });
    }

    // A step export of a File is its description, which $.files.openDescriptor turns back into a File.
    toJSON() { return { type: 'File', path: this.path }; }

    async toUrl() {
      const url = call('File.toUrl', 'url', this.path);
      if (url === null) throw new Error('File.toUrl: there is no file at ' + this.path);
      return url;
    }

    async toBuffer() {
      const size = call('File.toBuffer', 'read', this.path);
      if (size === null) throw new Error('File.toBuffer: there is no file at ' + this.path);
      const buffer = new ArrayBuffer(size);
      call('File.toBuffer', 'take', buffer);
      return lib('buffer').Buffer.from(buffer);
    }

    async toFile(localPath) {
      lib('fs').module.writeFileSync(localPath, await this.toBuffer());
      return this;
    }

    async fromFile(localPath, contentType) {
      return this.write('File.fromFile', lib('fs').module.readFileSync(localPath), contentType);
    }

    async fromUrl(url, options) {
      const response = await globalThis.fetch(url);
      if (!response.ok) throw new Error('File.fromUrl: ' + url + ' answered ' + response.status);
      const type = (options && options.contentType) || response.headers.get('content-type');
      return this.write('File.fromUrl', await response.arrayBuffer(), type);
    }

    async fromReadableStream(stream, contentType) {
      if (!stream || typeof stream[Symbol.asyncIterator] !== 'function') {
        throw new TypeError('File.fromReadableStream: pass a readable stream, got ' + inspect(stream));
      }
      const chunks = [];
      for await (const chunk of stream) chunks.push(chunk);
      return this.write('File.fromReadableStream', concat(chunks), contentType);
    }

    // Millrace's own: the content from a string or bytes.
    async fromBuffer(data, contentType) {
      return this.write('File.fromBuffer', data, contentType);
    }

    // A Writable; the bytes written are stored as the file's content when the stream ends (before 'finish').
    // contentLength, when given, is the most bytes the stream takes.
    async createWriteStream(contentType, contentLength) {
      const what = 'File.createWriteStream';
      if (contentType !== undefined && contentType !== null && typeof contentType !== 'string') {
        throw new TypeError(what + ': the content type must be a string, got ' + inspect(contentType));
      }
      if (contentLength !== undefined && contentLength !== null
          && !(Number.isInteger(contentLength) && contentLength >= 0)) {
        throw new TypeError(what + ': the content length must be a whole number of bytes, got ' + inspect(contentLength));
      }
      const { Writable } = lib('stream');
      const chunks = [];
      let size = 0;
      const file = this;
      return new Writable({
        write(chunk, encoding, callback) {
          const bytes = bytesOf(what + ': a chunk', typeof chunk === 'string' ? lib('buffer').Buffer.from(chunk, encoding) : chunk);
          size += bytes.byteLength;
          if (contentLength !== undefined && contentLength !== null && size > contentLength) {
            callback(new Error(what + ': more than the ' + contentLength + ' bytes of contentLength were written'));
            return;
          }
          chunks.push(bytes);
          callback();
        },
        final(callback) {
          try {
            file.write(what, concat(chunks), contentType);
            callback();
          } catch (error) {
            callback(error);
          }
        },
      });
    }

    async delete() {
      call('File.delete', 'delete', this.path);
      return this;
    }

    // The file's metadata: { path, size, contentType, modifiedAt } (null when there is no file).
    async metadata() {
      const info = call('File.metadata', 'info', this.path);
      return info === null ? null
        : { path: info.path, size: info.size, contentType: info.contentType, modifiedAt: new Date(info.modifiedAt) };
    }

    write(what, data, contentType) {
      if (contentType !== undefined && contentType !== null && typeof contentType !== 'string') {
        throw new TypeError(what + ': the content type must be a string, got ' + inspect(contentType));
      }
      call(what, 'write', this.path, bytesOf(what, data), contentType === undefined ? null : contentType);
      return this;
    }
  }

  function entry(info) {
    return {
      path: info.path,
      size: info.size,
      modifiedAt: new Date(info.modifiedAt),
      isFile() { return !info.directory; },
      isDirectory() { return info.directory; },
    };
  }

  const files = {
    // Sync: the file at path; an empty one is created when there is none, as the seed says.
    open(path) {
      const p = pathOf('$.files.open', path);
      if (call('$.files.open', 'info', p) === null) call('$.files.open', 'write', p, new ArrayBuffer(0), null);
      return new File(p);
    },
    // Sync: a File from the description a step exported (or a File).
    openDescriptor(descriptor) {
      if (!descriptor || typeof descriptor !== 'object' || typeof descriptor.path !== 'string') {
        throw new TypeError('$.files.openDescriptor: pass the description of a File ({ path }), got ' + inspect(descriptor));
      }
      return new File(pathOf('$.files.openDescriptor', descriptor.path));
    },
    // Sync: the files and directories of a directory (the root when no path is given).
    dir(path) {
      const p = path === undefined || path === null ? '' : String(path);
      return call('$.files.dir', 'dir', p).map(entry);
    },
  };

  return { files, File };
});
