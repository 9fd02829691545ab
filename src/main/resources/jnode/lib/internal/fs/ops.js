'use strict';
// The operations of node:fs, each described once: how its arguments reach internalBinding('fs') and how the
// result comes back. node:fs makes the sync and callback forms from this table, node:fs/promises the promises.

const {
  constants, stringToFlags, parseMode, getValidatedPath, absolute, validateFd, getOptions, Dirent, toStats, decode,
} = require('internal/fs/utils');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const pathModule = require('path');

function pathArg(p, name = 'path') {
  return absolute(getValidatedPath(p, name));
}

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
  mkdtemp: { args: (prefix) => [absolute(getValidatedPath(prefix, 'prefix'))] },
  truncate: { args: (p, len = 0) => [pathArg(p), len] },
  utimes: { args: (p, atime, mtime) => [pathArg(p), toSeconds(atime), toSeconds(mtime)] },
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

function toSeconds(time) {
  if (typeof time === 'number') return time;
  if (time instanceof Date) return time.getTime() / 1000;
  if (typeof time === 'string' && +time == time) return +time;
  throw new ERR_INVALID_ARG_TYPE('time', ['string', 'number', 'Date'], time);
}

module.exports = { ops, pathArg };
