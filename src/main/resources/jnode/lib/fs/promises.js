'use strict';
// node:fs/promises: the callback forms of node:fs, as promises.

const fs = require('fs');
const { ops } = require('internal/fs/ops');
const { asPromiseRequests } = require('internal/fs/utils');
const { codes: { ERR_JNODE_UNSUPPORTED } } = require('internal/errors');

// fd-based operations belong to FileHandle in this API.
const fdOps = new Set(['close', 'open', 'fstat', 'ftruncate', 'fsync']);
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

module.exports.open = function open() {
  throw new ERR_JNODE_UNSUPPORTED('fs/promises.open (FileHandle)');
};
module.exports.constants = fs.constants;
