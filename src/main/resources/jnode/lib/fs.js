'use strict';
// node:fs. Each operation is described once (how its arguments reach the binding and how its result comes
// back); the synchronous, callback and promise forms are made from that description.

const {
  constants, getValidatedPath, validateFd, getOptions, makeCallback, Stats, Dirent, toStats, callSync, callAsync,
  binding,
} = require('internal/fs/utils');
const { ops, pathArg } = require('internal/fs/ops');
const { codes: { ERR_JNODE_UNSUPPORTED } } = require('internal/errors');
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
    return binding.readFileUtf8(pathArg(p));
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

for (const name of ['watch', 'watchFile', 'unwatchFile', 'opendir',
  'opendirSync', 'cp', 'cpSync', 'statfs', 'statfsSync', 'glob', 'globSync', 'readv', 'readvSync', 'writev',
  'writevSync', 'fchmod', 'fchmodSync', 'fchown', 'fchownSync', 'chown', 'chownSync', 'lchown', 'lchownSync',
  'futimes', 'futimesSync', 'lutimes', 'lutimesSync', 'fdatasync', 'fdatasyncSync']) {
  if (fs[name] === undefined) {
    fs[name] = {
      [name]() {
        throw new ERR_JNODE_UNSUPPORTED(`fs.${name}`);
      },
    }[name];
  }
}

// The stream classes need node:stream: loaded on first use.
require('internal/util/lazy').defineLazyProperties(fs, ['ReadStream', 'WriteStream', 'createReadStream',
  'createWriteStream'], (name) => require('internal/fs/streams')[name]);

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
