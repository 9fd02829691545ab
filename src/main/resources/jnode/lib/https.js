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
  validateObject(options ?? {}, 'options');
  options = { ...options };
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

// createConnection(options[, cb]), (port[, host][, options][, cb]).
Agent.prototype.createConnection = function createConnection(...args) {
  const callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  let options = {};
  for (const arg of args) {
    if (typeof arg === 'number' || (typeof arg === 'string' && /^\d+$/.test(arg))) options.port = arg;
    else if (typeof arg === 'string') options.host = arg;
    else if (arg !== null && typeof arg === 'object') options = { ...arg, ...options };
  }
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

// The name a request's TLS connection asks for (SNI): its Host header's host, else the host; none for an IP.
// Set before the pool's name is made, since the name includes it.
Agent.prototype.addRequest = function addRequest(req, options, ...rest) {
  if (options !== null && typeof options === 'object' && options.servername === undefined) {
    const hostHeader = req.getHeader?.('host');
    const host = hostHeader ? String(hostHeader).replace(/^\[([^\]]*)\].*$|:\d*$/, '$1') : options.host;
    options = { ...options, servername: host && require('net').isIP(host) === 0 ? host : '' };
  }
  return HttpAgent.prototype.addRequest.call(this, req, options, ...rest);
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
