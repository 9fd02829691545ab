'use strict';
// fs.Dir (opendir): a directory's entries handed out one at a time. Each directory is listed whole by the
// binding when it is reached (in the kernel's order, as readdir(3) gives it); with `recursive`, the
// subdirectories met are listed after the current one, breadth first.

const pathModule = require('path');
const {
  Dirent, getOptions, makeCallback, callSync, callAsync, pathArg,
} = require('internal/fs/utils');
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION },
  uvException,
} = require('internal/errors');
const { validateUint32 } = require('internal/validators');

const kPath = Symbol('kPath');
const kEntries = Symbol('kEntries');
const kPending = Symbol('kPending');
const kClosed = Symbol('kClosed');
const kBusy = Symbol('kBusy');
const kRecursive = Symbol('kRecursive');

// The binding's flat [name, type, name, type, ...] as Dirents of `parent`.
function toDirents(raw, parent) {
  const list = Array.from(raw);
  const out = [];
  for (let i = 0; i < list.length; i += 2) out.push(new Dirent(list[i], +list[i + 1], parent));
  return out;
}

class Dir {
  constructor(dirPath, entries, recursive) {
    this[kPath] = dirPath;
    this[kEntries] = entries;
    this[kPending] = [];
    this[kClosed] = false;
    this[kBusy] = false;
    this[kRecursive] = recursive;
  }

  get path() {
    return this[kPath];
  }

  #checkOpen() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kBusy]) throw new ERR_DIR_CONCURRENT_OPERATION();
  }

  // The next entry already listed, queueing its subdirectory when recursive.
  #take() {
    const dirent = this[kEntries].shift();
    if (this[kRecursive] && dirent.isDirectory()) {
      this[kPending].push(pathModule.join(dirent.parentPath, dirent.name));
    }
    return dirent;
  }

  readSync() {
    this.#checkOpen();
    while (this[kEntries].length === 0 && this[kPending].length > 0) {
      const next = this[kPending].shift();
      this[kEntries] = toDirents(callSync('readdir', pathArg(next), true), next);
    }
    return this[kEntries].length === 0 ? null : this.#take();
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((err, dirent) => (err ? reject(err) : resolve(dirent))));
    }
    makeCallback(callback);
    this.#checkOpen();
    if (this[kEntries].length > 0 || this[kPending].length === 0) {
      const dirent = this[kEntries].length === 0 ? null : this.#take();
      process.nextTick(callback, null, dirent);
      return;
    }
    const next = this[kPending].shift();
    this[kBusy] = true;
    callAsync('readdir', [pathArg(next), true], (err, raw) => {
      this[kBusy] = false;
      if (err) {
        callback(err);
        return;
      }
      this[kEntries] = toDirents(raw, next);
      this.read(callback);
    });
  }

  closeSync() {
    this.#checkOpen();
    this[kClosed] = true;
  }

  close(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    makeCallback(callback);
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    this.closeSync();
    process.nextTick(callback, null);
  }

  async* entries() {
    try {
      while (true) {
        const dirent = await this.read();
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      if (!this[kClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }

  [Symbol.dispose]() {
    if (!this[kClosed]) this.closeSync();
  }

  async [Symbol.asyncDispose]() {
    if (!this[kClosed]) await this.close();
  }
}

function dirOptions(path, options) {
  const opts = getOptions(options, { encoding: 'utf8', bufferSize: 32, recursive: false });
  validateUint32(opts.bufferSize, 'options.bufferSize', true);
  return { dirPath: pathArg(path), opts };
}

function opendirSync(path, options) {
  const { dirPath, opts } = dirOptions(path, options);
  let raw;
  try {
    raw = callSync('opendir', dirPath, true);
  } catch (err) {
    // Node's synchronous opendir reports its failure without the path (the callback form has it).
    throw uvException(err.code, 'opendir');
  }
  return new Dir(path, toDirents(raw, path), !!opts.recursive);
}

function opendir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  const { dirPath, opts } = dirOptions(path, options);
  callAsync('opendir', [dirPath, true], (err, raw) => {
    if (err) callback(err);
    else callback(null, new Dir(path, toDirents(raw, path), !!opts.recursive));
  });
}

module.exports = { Dir, opendir, opendirSync };
