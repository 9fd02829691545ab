'use strict';
// tls.Server: a net.Server whose accepted connections become TLS server sockets; 'secureConnection' once a
// handshake succeeds, 'tlsClientError' when it fails.

const { Server: NetServer } = require('internal/net/server');
const { TLSSocket, validateSniCallback } = require('internal/tls/socket');
const { createSecureContext, SecureContext } = require('internal/tls/secure_context');
const { codes: { ERR_JNODE_UNSUPPORTED } } = require('internal/errors');
const { validateObject } = require('internal/validators');

function Server(options = undefined, secureConnectionListener = undefined) {
  if (!(this instanceof Server)) return new Server(options, secureConnectionListener);
  if (typeof options === 'function') {
    secureConnectionListener = options;
    options = {};
  }
  options ??= {};
  validateObject(options, 'options');
  NetServer.call(this, options);
  setupTlsServer(this, options);
  if (secureConnectionListener !== undefined) this.on('secureConnection', secureConnectionListener);
}
Object.setPrototypeOf(Server.prototype, NetServer.prototype);
Object.setPrototypeOf(Server, NetServer);

// The TLS half of a server, shared with https.Server (which is also an http.Server).
function setupTlsServer(server, options) {
  validateSniCallback(options.SNICallback);
  server._SNICallback = options.SNICallback;
  if (options.ALPNCallback !== undefined) throw new ERR_JNODE_UNSUPPORTED('tls.Server ALPNCallback');
  server._contexts = [];
  server.requestCert = options.requestCert === true;
  server.rejectUnauthorized = options.rejectUnauthorized !== false;
  server.ALPNProtocols = options.ALPNProtocols;
  server._sharedCreds = createSecureContext(options);
  server.handshakeTimeout = options.handshakeTimeout ?? 120000;
  server.sessionTimeout = options.sessionTimeout;
}

Server.prototype._socketFor = function _socketFor(handle) {
  const socket = new TLSSocket(null, {
    handle, isServer: true, server: this, secureContext: this._sharedCreds, requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized, ALPNProtocols: this.ALPNProtocols, allowHalfOpen: this.allowHalfOpen,
    SNICallback: this._SNICallback,
  });
  socket._startTls();
  return socket;
};

Server.prototype.setSecureContext = function setSecureContext(options) {
  this._sharedCreds = createSecureContext(options);
};

// A context for clients that name `hostname` by SNI ("*" stands for the characters of one label).
Server.prototype.addContext = function addContext(hostname, context) {
  if (typeof hostname !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('servername', 'string', hostname);
  }
  const secureContext = context instanceof SecureContext ? context : createSecureContext(context);
  this._contexts.push([hostname, secureContext.context]);
};

for (const name of ['getTicketKeys', 'setTicketKeys']) {
  Server.prototype[name] = function() {
    throw new ERR_JNODE_UNSUPPORTED(`tls.Server.${name}`);
  };
}

module.exports = { Server, setupTlsServer };
