'use strict';
// node:fs. Each operation is described once (how its arguments reach the binding and how its result comes
// back); the synchronous, callback and promise forms are made from that description.

const {
  constants, getValidatedPath, validateFd, getOptions, makeCallback, Stats, Dirent, toStats, callSync, callAsync,
  binding, withGivenPaths,
} = require('internal/fs/utils');
const { ops, pathArg } = require('internal/fs/ops');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_JNODE_UNSUPPORTED } } = require('internal/errors');
const pathModule = require('path');
const { validateInteger } = require('internal/validators');

const fs = module.exports;

for (const [name, spec] of Object.entries(ops)) {
  const op = spec.op || name;
  const result = spec.result || ((raw) => (raw === null ? undefined : raw));
  fs[`${name}Sync`] = {
    [`${name}Sync`](...args) {
      return result(callSync(op, ...spec.args(...args)), args);
    },
  }[`${name}Sync`];
  fs[name] = {
    [name](...args) {
      const cb = makeCallback(args.pop());
      const bindingArgs = spec.args(...args);
      callAsync(op, bindingArgs, (err, raw) => {
        if (err) cb(err);
        else cb(null, result(raw, args));
      });
    },
  }[name];
}

fs.existsSync = function existsSync(p) {
  try {
    p = pathArg(p);
  } catch {
    return false;
  }
  return binding.statIfExists(p, true) !== null;
};

fs.exists = function exists(p, cb) {
  makeCallback(cb);
  let ok;
  try {
    ok = fs.existsSync(p);
  } catch {
    ok = false;
  }
  process.nextTick(cb, ok);
};

const statSync = fs.statSync;
fs.statSync = function statSyncWithOptions(p, options) {
  if (options && options.throwIfNoEntry === false) {
    return toStats(binding.statIfExists(pathArg(p), true));
  }
  return statSync(p, options);
};

const readFileSync = fs.readFileSync;
fs.readFileSync = function readFileSyncFast(p, options) {
  const encoding = getOptions(options, { encoding: null }).encoding;
  if ((encoding === 'utf8' || encoding === 'utf-8') && typeof p !== 'number') {
    const absolutePath = pathArg(p);
    return withGivenPaths(() => binding.readFileUtf8(absolutePath));
  }
  return readFileSync(p, options);
};

fs.realpathSync.native = fs.realpathSync;
fs.realpath.native = fs.realpath;

fs.readSync = function readSync(fd, buffer, offsetOrOptions, length, position) {
  const { offset, length: len, pos } = readArgs(fd, buffer, offsetOrOptions, length, position);
  if (len === 0) return 0;
  return copyInto(buffer, offset, callSync('read', fd, len, pos));
};

fs.writeSync = function writeSync(fd, data, offsetOrOptions, length, position) {
  validateFd(fd);
  if (typeof data === 'string') {
    position = typeof offsetOrOptions === 'number' ? offsetOrOptions : -1;
    if (length !== undefined && length !== 'utf8' && length !== 'utf-8') data = require('buffer').Buffer.from(data, length);
    else return binding.writeString(fd, data, position);
  }
  let offset = offsetOrOptions;
  if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    ({ offset = 0, length = data.byteLength - offset, position = null } = offsetOrOptions);
  }
  offset ??= 0;
  length ??= data.byteLength - offset;
  return callSync('write', fd, data.buffer, data.byteOffset + offset, length, typeof position === 'number' ? position : -1);
};

// fs.write(fd, buffer[, offset[, length[, position]]], cb), fs.write(fd, buffer, options, cb) and
// fs.write(fd, string[, position[, encoding]], cb): the callback gets (err, bytesWritten, buffer or string).
fs.write = function write(fd, data, ...rest) {
  const cb = makeCallback(rest.pop());
  validateFd(fd);
  let bytes = data;
  let offset = 0;
  let length;
  let position = null;
  if (typeof data === 'string') {
    const [pos, encoding = 'utf8'] = rest;
    position = pos;
    bytes = require('buffer').Buffer.from(data, encoding);
  } else if (rest[0] !== null && typeof rest[0] === 'object') {
    ({ offset = 0, length = data.byteLength - offset, position = null } = rest[0]);
  } else {
    [offset = 0, length, position = null] = rest;
  }
  length ??= bytes.byteLength - offset;
  validateInteger(offset, 'offset', 0);
  validateInteger(length, 'length', 0, bytes.byteLength - offset);
  const pos = typeof position === 'number' ? position : -1;
  callAsync('write', [fd, bytes.buffer, bytes.byteOffset + offset, length, pos], (err, written) => {
    if (err) cb(err);
    else cb(null, written, data);
  });
};

function readArgs(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  let offset = offsetOrOptions;
  if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  offset ??= 0;
  length ??= buffer.byteLength - offset;
  validateInteger(offset, 'offset', 0);
  validateInteger(length, 'length', 0, buffer.byteLength - offset);
  const pos = typeof position === 'number' || typeof position === 'bigint' ? Number(position) : -1;
  return { offset, length, pos };
}

function copyInto(buffer, offset, raw) {
  const bytes = new Uint8Array(new ArrayBuffer(raw));
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(bytes, offset);
  return bytes.length;
}

fs.read = function read(fd, buffer, offsetOrOptions, length, position, cb) {
  cb = makeCallback([...arguments].reverse().find((a) => typeof a === 'function'));
  if (typeof offsetOrOptions === 'function') offsetOrOptions = undefined;
  if (typeof length === 'function') length = undefined;
  if (typeof position === 'function') position = undefined;
  const { offset, length: len, pos } = readArgs(fd, buffer, offsetOrOptions, length, position);
  if (len === 0) {
    process.nextTick(cb, null, 0, buffer);
    return;
  }
  callAsync('read', [fd, len, pos], (err, raw) => (err ? cb(err) : cb(null, copyInto(buffer, offset, raw), buffer)));
};

// readv and writev: one read or write of the buffers' total length, scattered or gathered in JavaScript.
function validateBuffers(buffers) {
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

function vectorPosition(position) {
  return typeof position === 'number' ? position : -1;
}

function totalLength(buffers) {
  return buffers.reduce((sum, b) => sum + b.byteLength, 0);
}

function scatter(buffers, raw) {
  const bytes = new Uint8Array(new ArrayBuffer(raw));
  let offset = 0;
  for (const b of buffers) {
    if (offset >= bytes.length) break;
    const part = bytes.subarray(offset, offset + b.byteLength);
    new Uint8Array(b.buffer, b.byteOffset, b.byteLength).set(part);
    offset += part.length;
  }
  return bytes.length;
}

function gather(buffers) {
  return require('buffer').Buffer.concat(buffers.map((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)));
}

fs.readvSync = function readvSync(fd, buffers, position) {
  validateFd(fd);
  validateBuffers(buffers);
  return scatter(buffers, callSync('read', fd, totalLength(buffers), vectorPosition(position)));
};

fs.readv = function readv(fd, buffers, position, cb) {
  cb = makeCallback(typeof position === 'function' ? position : cb);
  validateFd(fd);
  validateBuffers(buffers);
  callAsync('read', [fd, totalLength(buffers), vectorPosition(position)],
    (err, raw) => (err ? cb(err) : cb(null, scatter(buffers, raw), buffers)));
};

fs.writevSync = function writevSync(fd, buffers, position) {
  const data = gather(validateBuffers(buffers));
  if (buffers.length === 0) return 0;
  validateFd(fd);
  return callSync('write', fd, data.buffer, data.byteOffset, data.length, vectorPosition(position));
};

fs.writev = function writev(fd, buffers, position, cb) {
  cb = makeCallback(typeof position === 'function' ? position : cb);
  validateFd(fd);
  const data = gather(validateBuffers(buffers));
  if (data.length === 0) {
    process.nextTick(cb, null, 0, buffers);
    return;
  }
  callAsync('write', [fd, data.buffer, data.byteOffset, data.length, vectorPosition(position)],
    (err, written) => (err ? cb(err) : cb(null, written, buffers)));
};

// mkdtemp answers with the prefix as given (relative stays relative), followed by the six random characters.
const makeTempSync = fs.mkdtempSync;
fs.mkdtempSync = function mkdtempSync(prefix, options) {
  return tempName(prefix, makeTempSync(prefix), options);
};
const makeTemp = fs.mkdtemp;
fs.mkdtemp = function mkdtemp(prefix, options, cb) {
  cb = makeCallback(typeof options === 'function' ? options : cb);
  makeTemp(prefix, (err, made) => (err ? cb(err) : cb(null, tempName(prefix, made, options))));
};

function tempName(prefix, made, options) {
  const name = `${getValidatedPath(prefix, 'prefix')}${made.slice(-6)}`;
  const { encoding } = getOptions(options, { encoding: 'utf8' });
  return encoding === 'buffer' ? require('buffer').Buffer.from(name) : name;
}

// readdir with `recursive`: breadth first, as Node lists, following links to directories.
const readdirFlatSync = fs.readdirSync;
fs.readdirSync = function readdirSync(p, options) {
  if (!options?.recursive) return readdirFlatSync(p, options);
  const walk = recursiveListing(p, options);
  for (let next = walk.next(); !next.done;) {
    next = walk.next(callSync('readdir', ...next.value));
  }
  return walk.result;
};

const readdirFlat = fs.readdir;
fs.readdir = function readdir(p, options, cb) {
  if (typeof options === 'function' || !options?.recursive) {
    readdirFlat(...arguments);
    return;
  }
  cb = makeCallback(cb);
  let walk;
  try {
    walk = recursiveListing(p, options);
  } catch (err) {
    process.nextTick(cb, err);
    return;
  }
  const step = (next) => {
    if (next.done) {
      cb(null, walk.result);
      return;
    }
    callAsync('readdir', next.value, (err, raw) => (err ? cb(err) : step(walk.next(raw))));
  };
  step(walk.next());
};

// A generator that asks for each directory's listing (yielding the binding's readdir arguments) and collects
// the names (or Dirents) relative to the root in `result`.
function recursiveListing(root, options) {
  const withFileTypes = !!options.withFileTypes;
  const rootPath = getValidatedPath(root);
  const walk = (function* listing() {
    const queue = [''];
    while (queue.length > 0) {
      const relative = queue.shift();
      const raw = Array.from(yield [pathArg(pathModule.join(rootPath, relative)), true]);
      for (let i = 0; i < raw.length; i += 2) {
        const name = raw[i];
        const type = +raw[i + 1];
        const entry = relative === '' ? name : pathModule.join(relative, name);
        walk.result.push(withFileTypes ? new Dirent(name, type, relative === '' ? root : pathModule.join(rootPath, relative)) : entry);
        if (type === constants.UV_DIRENT_DIR || (type === constants.UV_DIRENT_LINK && isDirectory(pathModule.join(rootPath, entry)))) {
          queue.push(entry);
        }
      }
    }
  })();
  walk.result = [];
  return walk;
}

function isDirectory(p) {
  const stats = binding.statIfExists(pathArg(p), true);
  return stats !== null && (stats[1] & constants.S_IFMT) === constants.S_IFDIR;
}

require('internal/util/lazy').defineLazyProperties(fs, ['opendir', 'opendirSync', 'Dir'],
  (name) => require('internal/fs/dir')[name]);

require('internal/util/lazy').defineLazyProperties(fs, ['cp', 'cpSync'], (name) => require('internal/fs/cp')[name]);
require('internal/util/lazy').defineLazyProperties(fs, ['glob', 'globSync'], (name) => require('internal/fs/glob')[name]);

require('internal/util/lazy').defineLazyProperties(fs, ['watch', 'watchFile', 'unwatchFile'],
  (name) => require('internal/fs/watchers')[name]);

// The stream classes need node:stream: loaded on first use.
require('internal/util/lazy').defineLazyProperties(fs, ['ReadStream', 'WriteStream', 'createReadStream',
  'createWriteStream', 'FileReadStream', 'FileWriteStream'],
(name) => require('internal/fs/streams')[name.replace(/^File/, '')]);

// mkdtemp whose result removes itself (rm -rf, errors ignored) on remove() or when disposed.
fs.mkdtempDisposableSync = function mkdtempDisposableSync(prefix, options) {
  const made = fs.mkdtempSync(prefix, options);
  const removeAt = pathModule.resolve(`${made}`);
  const remove = () => fs.rmSync(removeAt, { recursive: true, force: true });
  return { path: made, remove, [Symbol.dispose]: remove };
};

// Linux has no lchmod(2): Node leaves these undefined (the keys exist).
fs.lchmod = undefined;
fs.lchmodSync = undefined;

fs.openAsBlob = function openAsBlob() {
  throw new ERR_JNODE_UNSUPPORTED('fs.openAsBlob');
};

fs.constants = constants;
fs.F_OK = constants.F_OK;
fs.R_OK = constants.R_OK;
fs.W_OK = constants.W_OK;
fs.X_OK = constants.X_OK;
fs.Stats = Stats;
fs.Dirent = Dirent;

Object.defineProperty(fs, 'promises', {
  enumerable: true,
  configurable: true,
  get() {
    return require('fs/promises');
  },
});
