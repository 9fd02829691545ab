'use strict';
// Shared pieces of node:fs: argument handling, flags, Stats and Dirent, and the calls into internalBinding('fs').

const path = require('path');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateFunction, validateInteger } = require('internal/validators');
const { activeRequests } = require('internal/process/active_requests');
const { bindToCurrentFrame } = require('internal/async_context_frame');

const binding = internalBinding('fs');

const constants = Object.freeze({
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7, EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
  EXTENSIONLESS_FORMAT_WASM: 1, S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192,
  S_IFBLK: 24576, S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128,
  UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144,
  O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048, S_IRWXU: 448,
  S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7,
  S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1,
  COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
});
const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;

// fs flag strings: an access letter, optionally one modifier letter before or after it, optionally "+".
// Each letter admits its own modifiers ("rs", "wx", "ax", "as", never "rx" or "ws").
const accessLetters = {
  r: { bits: O_RDONLY, modifiers: 's' },
  w: { bits: O_TRUNC | O_CREAT | O_WRONLY, modifiers: 'x' },
  a: { bits: O_APPEND | O_CREAT | O_WRONLY, modifiers: 'xs' },
};
const modifierBits = { s: O_SYNC, x: O_EXCL };

const flagsBySpelling = new Map();
for (const [letter, { bits, modifiers }] of Object.entries(accessLetters)) {
  const variants = [[letter, bits]];
  for (const modifier of modifiers) {
    const withModifier = bits | modifierBits[modifier];
    variants.push([letter + modifier, withModifier], [modifier + letter, withModifier]);
  }
  for (const [spelling, value] of variants) {
    flagsBySpelling.set(spelling, value);
    // "+" opens for reading and writing alike.
    flagsBySpelling.set(`${spelling}+`, (value & ~O_WRONLY) | O_RDWR);
  }
}

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags === undefined || flags === null) return O_RDONLY;
  const value = flagsBySpelling.get(flags);
  if (value === undefined) throw new ERR_INVALID_ARG_VALUE('flags', flags);
  return value;
}

function parseMode(mode, name, def) {
  mode ??= def;
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) {
      throw new ERR_INVALID_ARG_VALUE(name, mode, 'must be a 32-bit unsigned integer or an octal string');
    }
    mode = parseInt(mode, 8);
  }
  validateInteger(mode, name, 0, 0xffffffff);
  return mode;
}

function toPathIfFileURL(p) {
  if (p != null && typeof p === 'object' && typeof p.href === 'string' && p.protocol !== undefined) {
    return require('url').fileURLToPath(p);
  }
  return p;
}

/** A path argument (string, Buffer or file URL) made absolute for the binding. */
function getValidatedPath(p, name = 'path') {
  p = toPathIfFileURL(p);
  if (p instanceof Uint8Array) p = new TextDecoder().decode(p);
  if (typeof p !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], p);
  if (p.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, p, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return p;
}

function absolute(p) {
  return path.resolve(p);
}

// Paths reach the binding absolute, but Node's errors show them as the caller gave them: each path handed to
// the binding is remembered until the next call, whose errors get the given spelling back.
let givenPaths = new Map();

function rememberGivenPath(absolutePath, given) {
  givenPaths.set(absolutePath, given);
  return absolutePath;
}

/** A path argument (string, Buffer or file URL) made absolute for the binding; errors will show it as given. */
function pathArg(p, name = 'path') {
  const given = getValidatedPath(p, name);
  return rememberGivenPath(absolute(given), given);
}

function takeGivenPaths() {
  const taken = givenPaths;
  givenPaths = new Map();
  return taken;
}

function restoreGivenPaths(err, paths) {
  for (const key of ['path', 'dest']) {
    const given = paths.get(err?.[key]);
    if (given !== undefined && given !== err[key]) {
      const quoted = `'${err[key]}'`;
      // libuv-style messages quote the path; SystemErrors end with it.
      const at = err.message.includes(quoted) ? err.message.indexOf(quoted) + 1 : err.message.lastIndexOf(err[key]);
      if (at >= 0) err.message = err.message.slice(0, at) + given + err.message.slice(at + err[key].length);
      err[key] = given;
    }
  }
  return err;
}

/** Runs fn (a direct binding call), giving its errors' paths the caller's spelling. */
function withGivenPaths(fn) {
  const paths = takeGivenPaths();
  try {
    return fn();
  } catch (err) {
    throw restoreGivenPaths(err, paths);
  }
}

function validateFd(fd, name = 'fd') {
  validateInteger(fd, name, 0, 2147483647);
  return fd;
}

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') return { ...defaults, encoding: options };
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  return { ...defaults, ...options };
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// ---- Stats and Dirent ----
// The file-kind predicates Stats and Dirent share, each with the mode bits and the dirent type that mean it.
const fileKinds = [
  ['isDirectory', constants.S_IFDIR, constants.UV_DIRENT_DIR],
  ['isFile', constants.S_IFREG, constants.UV_DIRENT_FILE],
  ['isBlockDevice', constants.S_IFBLK, constants.UV_DIRENT_BLOCK],
  ['isCharacterDevice', constants.S_IFCHR, constants.UV_DIRENT_CHAR],
  ['isSymbolicLink', constants.S_IFLNK, constants.UV_DIRENT_LINK],
  ['isFIFO', constants.S_IFIFO, constants.UV_DIRENT_FIFO],
  ['isSocket', constants.S_IFSOCK, constants.UV_DIRENT_SOCKET],
];

function installKindPredicates(prototype, kindOf, column) {
  for (const row of fileKinds) {
    const [method] = row;
    const wanted = row[column];
    // A shorthand method keeps the predicate's name and, like a class method, cannot be `new`ed.
    const { [method]: predicate } = { [method]() { return kindOf(this) === wanted; } };
    Object.defineProperty(prototype, method, { value: predicate, writable: true, configurable: true, enumerable: false });
  }
}

// Field order is the binding's array order and what inspect shows.
const statFields = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
  'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'];

class StatsBase {}
installKindPredicates(StatsBase.prototype, (stats) => stats.mode & constants.S_IFMT, 1);

class Stats extends StatsBase {
  constructor(...values) {
    super();
    statFields.forEach((field, index) => { this[field] = values[index]; });
  }
}
// The Date fields are computed from the *Ms numbers on each read; assigning one replaces it with plain data.
for (const field of ['atime', 'mtime', 'ctime', 'birthtime']) {
  Object.defineProperty(Stats.prototype, field, {
    enumerable: true,
    configurable: true,
    get() {
      return new Date(Math.round(this[`${field}Ms`]));
    },
    set(value) {
      Object.defineProperty(this, field, { value, writable: true, enumerable: true, configurable: true });
    },
  });
}

function toStats(array) {
  return array == null ? undefined : new Stats(...Array.from(array));
}

const kType = Symbol('type');

class Dirent {
  constructor(name, type, parentPath) {
    this.name = name;
    this.parentPath = parentPath;
    this.path = parentPath;
    this[kType] = type;
  }
}
installKindPredicates(Dirent.prototype, (dirent) => dirent[kType], 2);

// ---- bytes between Java and JS ----
function bufferFrom(byteBuffer) {
  const { Buffer } = require('buffer');
  return Buffer.from(new ArrayBuffer(byteBuffer));
}

function decode(byteBuffer, encoding) {
  const buf = bufferFrom(byteBuffer);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

/** Runs a binding operation synchronously; errors are already Node's system errors. */
function callSync(op, ...args) {
  return withGivenPaths(() => binding.call(op, args));
}

// A request in flight, as process._getActiveRequests() shows it; the promise API's are FSReqPromise.
class FSReqCallback {
  constructor(oncomplete) {
    this.oncomplete = oncomplete;
  }
}
class FSReqPromise extends FSReqCallback {}
let RequestClass = FSReqCallback;

/** Runs fn, whose fs calls are made for the promise API. */
function asPromiseRequests(fn) {
  RequestClass = FSReqPromise;
  try {
    return fn();
  } finally {
    RequestClass = FSReqCallback;
  }
}

/** Runs a binding operation on the thread pool; cb(err, result) on the JS thread. */
function callAsync(op, args, cb) {
  const request = new RequestClass(cb);
  activeRequests.add(request);
  const complete = bindToCurrentFrame(cb);
  const paths = takeGivenPaths();
  binding.async(op, args, (err, result) => {
    activeRequests.delete(request);
    complete(err && restoreGivenPaths(err, paths), result);
  });
}

module.exports = {
  binding,
  constants,
  stringToFlags,
  parseMode,
  getValidatedPath,
  absolute,
  pathArg,
  rememberGivenPath,
  withGivenPaths,
  validateFd,
  getOptions,
  makeCallback,
  Stats,
  Dirent,
  toStats,
  bufferFrom,
  decode,
  callSync,
  callAsync,
  asPromiseRequests,
};
