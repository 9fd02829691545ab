'use strict';
// node:http2: only what packages read when they load (constants, sensitiveHeaders, the default settings); opening
// a session or a server throws ERR_JNODE_UNSUPPORTED (docs/compat.md). superagent, got and others require it
// eagerly and use http/1.1 unless asked for http2.

const { unsupportedFunctions, unsupportedClasses } = require('internal/unsupported');

const calls = unsupportedFunctions('http2', ['connect', 'createServer', 'createSecureServer', 'getPackedSettings',
  'getUnpackedSettings', 'performServerHandshake']);
const classes = unsupportedClasses('http2', ['Http2ServerRequest', 'Http2ServerResponse']);

function getDefaultSettings() {
  return {
    __proto__: null,
    headerTableSize: 4096, enablePush: true, initialWindowSize: 65535, maxFrameSize: 16384,
    maxConcurrentStreams: 4294967295, maxHeaderSize: 65535, maxHeaderListSize: 65535, enableConnectProtocol: false,
  };
}

// In Node's key order.
module.exports = {
  connect: calls.connect,
  constants: require('internal/http2/constants'),
  createServer: calls.createServer,
  createSecureServer: calls.createSecureServer,
  getDefaultSettings,
  getPackedSettings: calls.getPackedSettings,
  getUnpackedSettings: calls.getUnpackedSettings,
  performServerHandshake: calls.performServerHandshake,
  sensitiveHeaders: Symbol('sensitiveHeaders'),
  Http2ServerRequest: classes.Http2ServerRequest,
  Http2ServerResponse: classes.Http2ServerResponse,
};
