'use strict';
// node:http over the _http_* modules: HTTP/1.1 servers and clients on node:net sockets.

const {
  DEFAULT_MAX_HEADER_SIZE, METHODS, STATUS_CODES, validateHeaderName, validateHeaderValue,
} = require('internal/http/common');
const { validateInteger } = require('internal/validators');
const agents = require('_http_agent');

const { Agent } = agents;
const { ClientRequest } = require('_http_client');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage } = require('_http_outgoing');
const { Server, ServerResponse, _connectionListener } = require('_http_server');
const { unsupportedFunctions } = require('internal/unsupported');

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

function request(url, options, callback) {
  return new ClientRequest(url, options, callback);
}

function get(url, options, callback) {
  const req = request(url, options, callback);
  req.end();
  return req;
}

// jnode keeps no pool of parsers (each connection makes its own), so the limit only needs validating.
function setMaxIdleHTTPParsers(max) {
  validateInteger(max, 'max', 1);
}

module.exports = unsupportedFunctions('http', ['setGlobalProxyFromEnv'], {
  _connectionListener,
  METHODS: METHODS.slice(),
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers,
  maxHeaderSize: DEFAULT_MAX_HEADER_SIZE,
});

// Assignable, as in Node: requests without an agent of their own take whatever is there then.
Object.defineProperty(module.exports, 'globalAgent', {
  get: () => agents.globalAgent,
  set(value) {
    agents.globalAgent = value;
  },
  enumerable: true,
  configurable: true,
});
