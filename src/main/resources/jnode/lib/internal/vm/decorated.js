'use strict';
// Errors whose stack node:vm has already prefixed with the throw site: the uncaught-exception report must not
// print that site a second time.

const decorated = new WeakSet();

// True when err was not marked before (and is now).
function markDecorated(err) {
  if (decorated.has(err)) return false;
  decorated.add(err);
  return true;
}

function isDecorated(err) {
  return err !== null && typeof err === 'object' && decorated.has(err);
}

// Node puts the throw site (file:line, the line and a caret) in front of the stack of errors from vm code, once.
function decorate(err, arrow) {
  if (arrow !== null && err !== null && typeof err === 'object' && typeof err.stack === 'string' &&
      markDecorated(err)) {
    try {
      err.stack = `${arrow}\n${err.stack}`;
    } catch {
      // A frozen error keeps its stack.
    }
  }
  return err;
}

module.exports = { markDecorated, isDecorated, decorate };
