'use strict';
// The operations of node:fs, each described once: how its arguments reach internalBinding('fs') and how the
// result comes back. node:fs makes the sync and callback forms from this table, node:fs/promises the promises.

const {
  constants, stringToFlags, parseMode, getValidatedPath, absolute, validateFd, getOptions, Dirent, toStats, decode,
  pathArg, rememberGivenPath,
} = require('internal/fs/utils');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateInteger } = require('internal/validators');
const pathModule = require('path');

// Data for the binding as [string, 0, 0] or [ArrayBuffer, byteOffset, byteLength].
function dataArg(data, encoding) {
  if (typeof data === 'string') {
    if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return [data, 0, 0];
    const { Buffer } = require('buffer');
    data = Buffer.from(data, encoding);
  }
  if (ArrayBuffer.isView(data)) return [data.buffer, data.byteOffset, data.byteLength];
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// name -> { args(...userArgs) => binding args, result(raw, userArgs) => value, op: binding op name }
const ops = {
  ftruncate: { args: (fd, len = 0) => [validateFd(fd), len] },
  fsync: { args: (fd) => [validateFd(fd)] },
  fdatasync: { args: (fd) => [validateFd(fd)] },
  fchmod: { args: (fd, mode) => [validateFd(fd), parseMode(mode, 'mode')] },
  chown: { args: (p, uid, gid) => [pathArg(p), ...owner(uid, gid)] },
  lchown: { args: (p, uid, gid) => [pathArg(p), ...owner(uid, gid)] },
  fchown: { args: (fd, uid, gid) => [validateFd(fd), ...owner(uid, gid)] },
  statfs: {
    args: (p) => [pathArg(p)],
    result: (raw, [, options]) => toStatFs(raw, getOptions(options, {}).bigint),
  },
  access: { args: (p, mode = constants.F_OK) => [pathArg(p), mode] },
  stat: {
    args: (p) => [pathArg(p)],
    result: (raw) => toStats(raw),
  },
  lstat: { args: (p) => [pathArg(p)], result: (raw) => toStats(raw) },
  fstat: { args: (fd) => [validateFd(fd)], result: (raw) => toStats(raw) },
  readdir: {
    args: (p, options) => [pathArg(p), !!getOptions(options, {}).withFileTypes],
    result: (raw, [p, options]) => {
      const list = Array.from(raw);
      const opts = getOptions(options, { encoding: 'utf8' });
      if (!opts.withFileTypes) return list;
      const dir = pathModule.resolve(getValidatedPath(p));
      const out = [];
      for (let i = 0; i < list.length; i += 2) out.push(new Dirent(list[i], +list[i + 1], dir));
      return out;
    },
  },
  mkdir: {
    args: (p, options) => {
      const opts = typeof options === 'number' || typeof options === 'string' ? { mode: options } : getOptions(options, {});
      return [pathArg(p), !!opts.recursive, parseMode(opts.mode, 'mode', 0o777)];
    },
    result: (raw, [, options]) => (options?.recursive ? (raw ?? undefined) : undefined),
  },
  rmdir: { args: (p) => [pathArg(p)] },
  rm: {
    args: (p, options) => {
      const opts = getOptions(options, {});
      return [pathArg(p), !!opts.recursive, !!opts.force];
    },
  },
  unlink: { args: (p) => [pathArg(p)] },
  rename: { args: (from, to) => [pathArg(from, 'oldPath'), pathArg(to, 'newPath')] },
  copyFile: {
    args: (from, to, mode = 0) => [pathArg(from, 'src'), pathArg(to, 'dest'), (mode & constants.COPYFILE_EXCL) !== 0],
  },
  realpath: { args: (p) => [pathArg(p)] },
  readlink: { args: (p) => [pathArg(p)] },
  symlink: { args: (target, p) => [getValidatedPath(target, 'target'), pathArg(p)] },
  link: { args: (existing, p) => [pathArg(existing, 'existingPath'), pathArg(p, 'newPath')] },
  chmod: { args: (p, mode) => [pathArg(p), parseMode(mode, 'mode')] },
  mkdtemp: {
    args: (prefix) => {
      const given = getValidatedPath(prefix, 'prefix');
      rememberGivenPath(`${absolute(given)}XXXXXX`, `${given}XXXXXX`);
      return [absolute(given)];
    },
  },
  truncate: { args: (p, len = 0) => [pathArg(p), len] },
  utimes: { args: (p, atime, mtime) => [pathArg(p), toSeconds(atime), toSeconds(mtime)] },
  lutimes: { args: (p, atime, mtime) => [pathArg(p), toSeconds(atime), toSeconds(mtime)] },
  futimes: {
    args: (fd, atime, mtime) => [validateFd(fd), toSeconds(atime, 'atime'), toSeconds(mtime, 'mtime')],
  },
  open: {
    args: (p, flags, mode) => [pathArg(p), stringToFlags(flags ?? 'r'), parseMode(mode, 'mode', 0o666)],
  },
  close: { args: (fd) => [validateFd(fd)] },
  readFile: {
    args: (p) => [typeof p === 'number' ? `fd:${validateFd(p)}` : pathArg(p)],
    result: (raw, [, options]) => decode(raw, getOptions(options, { encoding: null }).encoding),
  },
  writeFile: {
    args: (p, data, options) => {
      const opts = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
      return [pathArg(p), ...dataArg(data, opts.encoding), stringToFlags(opts.flag), parseMode(opts.mode, 'mode')];
    },
  },
  appendFile: {
    op: 'writeFile',
    args: (p, data, options) => {
      const opts = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
      return [pathArg(p), ...dataArg(data, opts.encoding), stringToFlags(opts.flag), parseMode(opts.mode, 'mode')];
    },
  },
};

// Seconds since the epoch from a Date, a finite number (a negative one means now) or a numeric string.
function toSeconds(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// uid and gid: -1 leaves one unchanged; the binding takes them as C ints, so 2 ** 32 - 1 is -1 too.
function owner(uid, gid) {
  validateInteger(uid, 'uid', -1, 2 ** 32 - 1);
  validateInteger(gid, 'gid', -1, 2 ** 32 - 1);
  return [uid | 0, gid | 0];
}

class StatFs {
  constructor(type, bsize, frsize, blocks, bfree, bavail, files, ffree) {
    Object.assign(this, { type, bsize, frsize, blocks, bfree, bavail, files, ffree });
  }
}

function toStatFs(raw, bigint) {
  const values = Array.from(raw, bigint ? BigInt : Number);
  return new StatFs(...values);
}

module.exports = { ops, pathArg };
