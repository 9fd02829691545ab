'use strict';
// tls.TLSSocket: a net.Socket whose TCP handle carries TLS underneath (internalBinding('tls').wrap puts Netty's
// SslHandler in the connection's pipeline), so reads and writes stay plaintext through the same handle; over any
// other stream, a TlsStreamHandle plays the TCP handle's part. The
// handshake's end arrives as the handle's "secure" event; the peer is judged here, as Node does after it.

const { Socket } = require('internal/net/socket');
const { JSStreamSocket } = require('internal/js_stream_socket');
const { bufferFromHost } = require('internal/buffer');
const { createSecureContext, SecureContext } = require('internal/tls/secure_context');
// Certificates are described by crypto's X509Certificate code, loaded when a program first asks for one.
const x509 = () => require('internal/crypto/x509');
const {
  codes: { ERR_TLS_SNI_FROM_SERVER, ERR_JNODE_UNSUPPORTED, ERR_INVALID_ARG_TYPE, ERR_TLS_INVALID_CONTEXT },
  codedError,
} = require('internal/errors');

const kConnection = Symbol('kConnection');
const kOptions = Symbol('kOptions');
const kSession = Symbol('kSession');
const kSniError = Symbol('kSniError');

// Node adds this hint to the errors a missing system root usually causes.
const SYSTEM_CA_HINT = '; if the root CA is installed locally, try running Node.js with --use-system-ca';
const HINTED = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE']);

class TLSSocket extends Socket {
  constructor(socket, options = undefined) {
    options = { ...options };
    super({ handle: options.handle, allowHalfOpen: options.allowHalfOpen,
      readable: options.handle !== undefined || undefined, writable: options.handle !== undefined || undefined });
    if (options.secureContext !== undefined && !(options.secureContext instanceof SecureContext)) {
      throw new ERR_TLS_INVALID_CONTEXT('context');
    }
    validateSniCallback(options.SNICallback);
    this[kOptions] = options;
    this[kConnection] = null;
    this[kSession] = null;
    this.encrypted = true;
    this.authorized = false;
    this.authorizationError = null;
    this.alpnProtocol = null;
    this.servername = null;
    this._secureEstablished = false;
    this.secureConnecting = true;
    this._SNICallback = null;
    this._tlsOptions = options;
    this.ssl = null;
    if (socket != null) this._adopt(socket);
  }

  // new TLSSocket(socket): TLS over a connection made elsewhere. A net.Socket's TCP handle becomes ours; any other
  // stream (a TLSSocket, a socket not yet connecting) is wrapped in a JSStreamSocket, as Node does, whose handle then
  // carries the ciphertext. A server greets at once; a client waits for _start (tls.connect calls it).
  _adopt(socket) {
    const isServer = Boolean(this[kOptions].isServer);
    const take = () => {
      this._handle = socket._handle;
      socket._handle = null;
      this._handle.setOnEvent(this._eventsCallback());
      socket.destroy();
      if (isServer) this._startTls();
      this.read(0);
    };
    // A TLSSocket's handle carries its own TLS: TLS inside it goes through its stream face, as any stream's.
    if (!(socket instanceof Socket) || socket instanceof JSStreamSocket || socket instanceof TLSSocket ||
        (!socket.connecting && socket._handle === null)) {
      this._handle = new TlsStreamHandle(socket instanceof JSStreamSocket ? socket : new JSStreamSocket(socket));
      this._handle.setOnEvent(this._eventsCallback());
      if (isServer) this._startTls();
      this.read(0);
    } else if (socket.connecting) {
      this.connecting = true;
      this._parent = socket; // destroyed with this socket until its handle is ours
      socket.once('connect', () => {
        this.connecting = false;
        if (this.destroyed) {
          socket.destroy(); // the TLS socket owned the connection it was waiting for
          return;
        }
        take();
        this.emit('connect');
      });
    } else {
      take();
    }
  }

  // A client's handshake over an adopted socket or stream, once it is connected.
  _start() {
    if (this.connecting) {
      this.once('connect', () => this._start());
    } else if (this._handle !== null && this[kConnection] === null && !this.destroyed) {
      this._startTls();
    }
  }

  _destroy(err, callback) {
    if (this.connecting && this._parent !== null && !this._parent.destroyed) this._parent.destroy();
    super._destroy(err, callback);
  }

  _afterConnect(errno) {
    if (errno === 0 && !this.destroyed) this._startTls();
    super._afterConnect(errno);
  }

  // Puts TLS under the handle; called on a connected client and on an accepted server connection.
  _startTls() {
    const options = this[kOptions];
    const isServer = Boolean(options.isServer);
    const secureContext = options.secureContext ?? createSecureContext(options);
    const alpn = toAlpnList(options.ALPNProtocols);
    const servername = isServer ? null : sniName(options);
    const channelHandle = this._handle instanceof TlsStreamHandle ? this._handle.channel : this._handle;
    const result = internalBinding('tls').wrap(channelHandle, secureContext.context, isServer, servername, alpn,
      Boolean(options.requestCert), options.rejectUnauthorized !== false,
      isServer ? options.server?._contexts ?? null : null, isServer && typeof options.SNICallback === 'function');
    if (Array.isArray(result)) {
      this.destroy(sslError(result));
      return;
    }
    this[kConnection] = result;
    this.ssl = result;
    if (!isServer) this.servername = servername ?? false;
    this._handle.readStart(); // the handshake reads whether or not the stream is flowing
  }

  _onHandleEvent(kind, a, b) {
    if (kind === 'secure') {
      try {
        this._onHandshakeDone(a);
      } finally {
        // A client's last handshake flight leaves only now, and never if a listener destroyed it (as in Node).
        this[kConnection]?.settleHandshake(this.destroyed);
      }
    } else if (kind === 'end' && this[kConnection] !== null && !this._secureEstablished) this._onHandshakeDone(['ECONNRESET']);
    else if (kind === 'stream-close') this.destroy(); // after a stream's error too, which Node does not pass on
    else if (kind === 'tls-error' && !this._secureEstablished) this._onHandshakeDone(a); // e.g. SNI refused
    else if (kind === 'tls-error') this.destroy(sslError(a));
    else if (kind === 'sni') this._askSniCallback(a, b);
    else super._onHandleEvent(kind, a, b);
  }

  _onHandshakeDone(failure) {
    if (this.destroyed) return;
    const options = this[kOptions];
    if (failure != null) {
      const err = this[kSniError] ??
        (failure[0] === 'ECONNRESET' ? disconnectedError(options.isServer, this) : sslError(failure));
      if (options.isServer && failure[0] === 'ECONNRESET') {
        // Node reports a client gone mid-handshake once the socket is closed (so https's destroy(err) is a no-op).
        this.destroy();
        options.server?.emit('tlsClientError', err, this);
      } else if (options.isServer) {
        options.server?.emit('tlsClientError', err, this);
        this.destroy();
      } else {
        this.destroy(err);
      }
      return;
    }
    this.secureConnecting = false;
    this._secureEstablished = true;
    this.alpnProtocol = this[kConnection].alpnProtocol() ?? false;
    if (options.isServer) this._serverSecure(options);
    else this._clientSecure(options);
  }

  // The server's SNICallback(servername, cb) picks the context for the name the client asked for.
  _askSniCallback(servername, answer) {
    this[kOptions].SNICallback(servername, (err, context) => {
      if (!err && context && !(context instanceof SecureContext)) err = new Error('Invalid SNI context');
      if (err) {
        this[kSniError] = err; // the handshake fails with the callback's own error
        answer.fail(String(err?.message ?? err));
      } else {
        answer.choose(context ? context.context : null);
      }
    });
  }

  _serverSecure(options) {
    this.servername = this[kConnection].requestedServerName() ?? false;
    if (options.requestCert) {
      const failure = this[kConnection].verifyError();
      this.authorized = failure === null;
      this.authorizationError = failure === null ? null : failure[0];
    }
    this.emit('secure');
    options.server?.emit('secureConnection', this);
  }

  _clientSecure(options) {
    let err = null;
    const failure = this[kConnection].verifyError();
    if (failure !== null) {
      err = new Error(HINTED.has(failure[0]) ? failure[1] + SYSTEM_CA_HINT : failure[1]);
      err.code = failure[0];
    } else {
      const check = options.checkServerIdentity ?? require('tls').checkServerIdentity;
      const host = options.servername || this._host || options.host || 'localhost';
      err = check(host, this.getPeerCertificate(true)) ?? null;
    }
    if (err) {
      this.authorized = false;
      this.authorizationError = err.code || err.message;
      if (options.rejectUnauthorized !== false) {
        this.destroy(err);
        return;
      }
    } else {
      this.authorized = true;
    }
    this.emit('secureConnect');
  }

  _shutdown() {
    if (this[kConnection] !== null) this[kConnection].shutdown();
    else super._shutdown();
  }

  getPeerCertificate(detailed = false) {
    if (!this._secureEstablished) return null;
    const chain = Array.from(this[kConnection].peerCertificates(), (handle) => x509().legacyCertificate(handle.legacy()));
    if (chain.length === 0) return {};
    if (detailed) {
      for (let i = 0; i < chain.length; i++) {
        chain[i].issuerCertificate = chain[i + 1] ?? issuerOfLast(chain[i]);
      }
    }
    return chain[0];
  }

  getCertificate() {
    if (!this._secureEstablished) return null;
    const local = this[kConnection].localCertificate();
    return local === null ? {} : x509().legacyCertificate(local.legacy());
  }

  getPeerX509Certificate() {
    if (!this._secureEstablished) return undefined;
    const handles = this[kConnection].peerCertificates();
    let issuer;
    for (let i = handles.length - 1; i >= 0; i--) issuer = x509().fromHandle(handles[i], issuer);
    return issuer;
  }

  getX509Certificate() {
    if (!this._secureEstablished) return undefined;
    const local = this[kConnection].localCertificate();
    return local === null ? undefined : x509().fromHandle(local, undefined);
  }

  getProtocol() {
    return this[kConnection]?.protocol() ?? null;
  }

  getCipher() {
    const cipher = this[kConnection]?.cipher();
    if (cipher == null) return undefined;
    return { name: cipher[0], standardName: cipher[1], version: cipher[2] };
  }

  // The JDK resumes sessions inside its own cache; Node's serialized sessions cannot be exported from it.
  getSession() {
    throw new ERR_JNODE_UNSUPPORTED('tls.TLSSocket.getSession');
  }

  getTLSTicket() {
    throw new ERR_JNODE_UNSUPPORTED('tls.TLSSocket.getTLSTicket');
  }

  isSessionReused() {
    return false;
  }

  setServername(name) {
    if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
    if (this[kOptions].isServer) throw new ERR_TLS_SNI_FROM_SERVER();
    this[kOptions].servername = name;
  }

  setMaxSendFragment(size) {
    return size >= 512 && size <= 16384;
  }

  renegotiate() {
    throw new ERR_JNODE_UNSUPPORTED('tls.TLSSocket.renegotiate');
  }

  exportKeyingMaterial() {
    throw new ERR_JNODE_UNSUPPORTED('tls.TLSSocket.exportKeyingMaterial');
  }

  getFinished() {
    return undefined;
  }

  getPeerFinished() {
    return undefined;
  }

  getEphemeralKeyInfo() {
    return this._secureEstablished && !this[kOptions].isServer ? {} : null;
  }

  getSharedSigalgs() {
    throw new ERR_JNODE_UNSUPPORTED('tls.TLSSocket.getSharedSigalgs');
  }

  enableTrace() {
    throw new ERR_JNODE_UNSUPPORTED('tls.TLSSocket.enableTrace');
  }

  disableRenegotiation() {}
}

// The handle of a TLSSocket over a JavaScript stream: TLS runs on Java's side of it (internalBinding('tls')
// .streamChannel(), a channel in memory); the ciphertext goes through the JSStreamSocket's handle, which this takes
// over. _parentWrap is the JSStreamSocket, as Node names it (http2-wrapper reads its class from there).
class TlsStreamHandle {
  constructor(parentWrap) {
    const transport = parentWrap._handle;
    parentWrap._handle = null;
    this._parentWrap = parentWrap;
    this.transport = transport;
    this.channel = internalBinding('tls').streamChannel();
    this.onEvent = null;
    this.channel.setOnEvent((kind, a, b) => {
      if (kind === 'cipher') {
        const bytes = bufferFromHost(a);
        transport.write(bytes.buffer, bytes.byteOffset, bytes.byteLength, 0);
      } else if (kind === 'cipher-end') {
        transport.shutdown();
      } else {
        this.onEvent?.(kind, a, b);
      }
    });
    transport.setOnEvent((kind, a, b) => {
      if (kind === 'data') this.channel.receive(a.buffer, a.byteOffset, a.byteLength);
      else if (kind === 'end') this.channel.receiveEnd();
      else if (kind === 'stream-close') this.channel.receiveClose();
      // the ciphertext's own 'written' and 'shutdown' need no answer
    });
  }

  setOnEvent(onEvent) {
    this.onEvent = onEvent;
  }

  readStart() {
    this.transport.readStart();
  }

  readStop() {
    this.transport.readStop();
  }

  write(arrayBuffer, offset, length, requestId) {
    return this.channel.write(arrayBuffer, offset, length, requestId);
  }

  shutdown() {
    this.channel.shutdown();
  }

  close() {
    this.channel.close();
    this.transport.close();
  }

  reset() {
    this.close();
  }

  ref() {}

  unref() {}
}

function validateSniCallback(callback) {
  if (callback !== undefined && typeof callback !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.SNICallback', 'function', callback);
  }
}

// The SNI name a client sends: the servername option, else the host unless it is an IP address.
function sniName(options) {
  if (options.servername != null && options.servername !== '') return String(options.servername);
  const host = options.host;
  if (typeof host !== 'string' || host === '' || require('net').isIP(host) !== 0) return null;
  return host;
}

// ALPNProtocols: an array of strings or Buffers, or one Buffer in the wire format (length-prefixed names).
function toAlpnList(protocols) {
  if (protocols == null) return [];
  if (Array.isArray(protocols)) return protocols.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('latin1')));
  const bytes = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
  const names = [];
  for (let i = 0; i < bytes.length; i += bytes[i] + 1) names.push(bytes.toString('latin1', i + 1, i + 1 + bytes[i]));
  return names;
}

// An OpenSSL error as Node shows it: the message, and library/reason/code properties.
function sslError([code, message]) {
  const err = codedError(code, message);
  const reason = /::(.*)$/.exec(message);
  if (reason !== null) {
    Object.defineProperty(err, 'library', { value: 'SSL routines', enumerable: true, writable: true, configurable: true });
    Object.defineProperty(err, 'reason', { value: reason[1], enumerable: true, writable: true, configurable: true });
    const { code: existing } = err;
    delete err.code;
    err.code = existing;
  }
  return err;
}

// The peer went away during the handshake.
function disconnectedError(isServer, socket) {
  const err = new Error(isServer ? 'socket hang up'
    : 'Client network socket disconnected before secure TLS connection was established');
  err.code = 'ECONNRESET';
  if (!isServer) {
    err.path = undefined;
    err.host = socket._host ?? undefined;
    err.port = socket._pendingPort;
    err.localAddress = undefined;
  }
  return err;
}

// Node's certificate objects always have these keys, undefined when they do not apply.
// The end of the peer's chain: its own issuer when self-signed (Node's chain ends in a loop).
function issuerOfLast(certificate) {
  const { subject, issuer } = certificate;
  const same = Object.keys(subject).length === Object.keys(issuer).length &&
    Object.keys(subject).every((k) => String(subject[k]) === String(issuer[k]));
  return same ? certificate : undefined;
}

module.exports = { TLSSocket, validateSniCallback };
