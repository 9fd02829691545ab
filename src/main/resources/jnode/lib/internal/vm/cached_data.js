'use strict';
// The cachedData of vm scripts, functions and modules.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { isArrayBufferView } = require('internal/util/types');

function validateCachedData(cachedData, name) {
  if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
}

// V8's code cache has no meaning here (GraalJS keeps its own): jnode's cached data names the source it was
// made from, and is accepted back only for that source.
function cacheTag(code) {
  let hash = 0;
  for (let i = 0; i < code.length; i++) hash = (Math.imul(hash, 31) + code.charCodeAt(i)) | 0;
  return Buffer.from(`jnode-code-cache:${code.length}:${hash >>> 0}`);
}

function cacheAccepted(cachedData, code) {
  const view = Buffer.from(cachedData.buffer, cachedData.byteOffset, cachedData.byteLength);
  return view.equals(cacheTag(code));
}

module.exports = { validateCachedData, cacheTag, cacheAccepted };
