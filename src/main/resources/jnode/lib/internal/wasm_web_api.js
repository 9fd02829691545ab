'use strict';
// WebAssembly.compileStreaming and instantiateStreaming: V8 leaves reading the Response to its embedder, and
// Node checks it as below before handing the body over. GraalJS has no streaming compiler, so the whole body is
// read first and compiled as bytes.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_WEBASSEMBLY_RESPONSE } } = require('internal/errors');
const { Response } = require('internal/fetch/response');

const { compile, instantiate } = WebAssembly;

async function responseBytes(source) {
  const response = await source;
  if (!(response instanceof Response)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Response', 'Promise resolving to Response'], response);
  }
  const contentType = response.headers.get('Content-Type');
  if (contentType !== 'application/wasm') {
    throw new ERR_WEBASSEMBLY_RESPONSE(`has unsupported MIME type '${contentType}'`);
  }
  if (!response.ok) throw new ERR_WEBASSEMBLY_RESPONSE(`has status code ${response.status}`);
  if (response.bodyUsed !== false) throw new ERR_WEBASSEMBLY_RESPONSE('body has already been used');
  return response.arrayBuffer();
}

// V8 names the streaming function in its compile errors, as the other entry points do.
function named(api, e) {
  if (!(e instanceof WebAssembly.CompileError)) return e;
  return new WebAssembly.CompileError(`WebAssembly.${api}(): ${e.message}`);
}

function compileStreaming(source) {
  return responseBytes(source).then((bytes) => compile(bytes))
    .catch((e) => { throw named('compileStreaming', e); });
}

function instantiateStreaming(source, importObject) {
  return responseBytes(source).then((bytes) => instantiate(bytes, importObject))
    .catch((e) => { throw named('instantiateStreaming', e); });
}

module.exports = { compileStreaming, instantiateStreaming };
