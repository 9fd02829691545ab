'use strict';
// node:fs/promises: the callback forms of node:fs, as promises.

const fs = require('fs');
const { ops } = require('internal/fs/ops');
const { asPromiseRequests } = require('internal/fs/utils');
const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

// fd-based operations belong to FileHandle in this API.
const fdOps = new Set(['close', 'open', 'fstat', 'ftruncate', 'fsync', 'fdatasync', 'fchmod', 'fchown', 'futimes']);
for (const name of Object.keys(ops)) {
  if (fdOps.has(name)) continue;
  module.exports[name] = {
    [name](...args) {
      return new Promise((resolve, reject) => {
        asPromiseRequests(() => fs[name](...args, (err, value) => (err ? reject(err) : resolve(value))));
      });
    },
  }[name];
}

const { open } = require('internal/fs/file_handle');
module.exports.open = open;
module.exports.opendir = function opendir(path, options) {
  return new Promise((resolve, reject) => {
    asPromiseRequests(() => fs.opendir(path, options, (err, dir) => (err ? reject(err) : resolve(dir))));
  });
};
// Linux has no lchmod(2): node:fs leaves it out, and the promise form says so.
module.exports.lchmod = async function lchmod() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
};
module.exports.cp = function cp(src, dest, options) {
  return require('internal/fs/cp').cpPromise(src, dest, options);
};
module.exports.glob = function glob(pattern, options) {
  return require('internal/fs/glob').globAsync(pattern, options);
};
module.exports.watch = function watch(filename, options) {
  return require('internal/fs/watchers').watchEvents(filename, options);
};
module.exports.mkdtempDisposable = async function mkdtempDisposable(prefix, options) {
  const made = await module.exports.mkdtemp(prefix, options);
  const removeAt = require('path').resolve(`${made}`);
  const remove = () => module.exports.rm(removeAt, { recursive: true, force: true });
  return { path: made, remove, [Symbol.asyncDispose]: remove };
};
module.exports.constants = fs.constants;
