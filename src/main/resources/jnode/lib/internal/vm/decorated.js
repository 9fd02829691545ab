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

module.exports = { markDecorated, isDecorated };
