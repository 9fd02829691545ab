'use strict';
// node:https: http's server and client over node:tls. https.Server is a tls.Server that serves http on each
// 'secureConnection'; https.Agent pools TLS connections under names that include their TLS options.

const tls = require('tls');
const { Agent: HttpAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const httpServer = require('_http_server');
const { Server: TlsServer, setupTlsServer } = require('internal/tls/server');
const { validateObject } = require('internal/validators');

function Server(options = undefined, requestListener = undefined) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  }
  options = { ...options };
  validateObject(options, 'options');
  options.ALPNProtocols ??= ['http/1.1'];
  httpServer.setupHttpServer(this, options, requestListener, 'secureConnection');
  setupTlsServer(this, options);
  // A client that fails its handshake is answered as http's bad requests are: the socket goes, the server stays.
  this.on('tlsClientError', (err, socket) => {
    if (!this.emit('clientError', err, socket)) socket.destroy(err);
  });
}
Object.setPrototypeOf(Server.prototype, TlsServer.prototype);
Object.setPrototypeOf(Server, TlsServer);
for (const name of ['close', 'closeAllConnections', 'closeIdleConnections', 'setTimeout', Symbol.asyncDispose]) {
  Server.prototype[name] = httpServer.Server.prototype[name];
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

// The TLS options that make two connections to one host different (they enter the pool's names).
const POOLED_TLS_OPTIONS = ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized',
  'servername', 'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder', 'ecdhCurve', 'dhparam',
  'secureOptions', 'sessionIdContext', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine'];

function Agent(options = undefined) {
  if (!(this instanceof Agent)) return new Agent(options);
  HttpAgent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);

Agent.prototype.createConnection = function createConnection(options, callback) {
  options = { ...options };
  if (options.servername === undefined && options.host && require('net').isIP(options.host) === 0) {
    options.servername = options.host;
  }
  const socket = tls.connect(options);
  if (typeof callback === 'function') {
    // The request gets the socket once it is secure, or the error that ended it.
    const onError = (err) => callback(err);
    socket.once('error', onError);
    socket.once('secureConnect', () => {
      socket.removeListener('error', onError);
      callback(null, socket);
    });
    return undefined;
  }
  return socket;
};

Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  for (const key of POOLED_TLS_OPTIONS) name += `:${options[key] ?? ''}`;
  return name;
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// request(url[, options][, callback]) or request(options[, callback]), with https's agent by default.
function request(...args) {
  const url = typeof args[0] === 'string' || args[0] instanceof URL ? args.shift() : undefined;
  const options = args[0] !== null && typeof args[0] === 'object' ? { ...args.shift() } : {};
  const callback = args[0];
  options._defaultAgent = module.exports.globalAgent;
  return url === undefined ? new ClientRequest(options, callback) : new ClientRequest(url, options, callback);
}

function get(...args) {
  const req = request(...args);
  req.end();
  return req;
}

module.exports = { Agent, globalAgent, Server, createServer, get, request };
