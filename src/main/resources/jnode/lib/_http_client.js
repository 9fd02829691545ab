'use strict';
// http.ClientRequest: the request head and body as an OutgoingMessage, a socket from the agent (or a connection of
// its own), and a response parser on that socket whose messages become the 'response' IncomingMessage.

const net = require('net');
const { Buffer } = require('buffer');
const { URL, urlToHttpOptions } = require('internal/url');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_HTTP_TOKEN, ERR_INVALID_PROTOCOL, ERR_UNESCAPED_CHARACTERS,
    ERR_HTTP_HEADERS_SENT },
  AbortError,
} = require('internal/errors');
const { validateInteger, validateBoolean, validateNumber } = require('internal/validators');
const { OutgoingMessage, kOutHeaders, relayDrain } = require('_http_outgoing');
const { IncomingMessage, setTrailers } = require('_http_incoming');
const agents = require('_http_agent');
const {
  isHttpToken, MessageParser, parseError, connectionReset, listenTo, stopListening, deliverEvents,
} = require('internal/http/common');

// Methods whose requests carry no body by default: without one, no framing header is sent.
const bodilessMethods = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);
const kError = Symbol('kError');


// options.hostname, else options.host: each a string when given.
function hostOption(options) {
  for (const key of ['hostname', 'host']) {
    const value = options[key];
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(`options.${key}`, ['string', 'undefined', 'null'], value);
    if (value !== '') return value;
  }
  return 'localhost';
}

// (url[, options][, callback]) or (options[, callback]), url a string or a URL.
function requestOptions(input, options, callback) {
  let base = null;
  if (typeof input === 'string') {
    base = urlToHttpOptions(new URL(input));
  } else if (input instanceof URL) {
    base = urlToHttpOptions(input);
  } else {
    callback = options;
    options = input;
  }
  if (typeof options === 'function') {
    callback = options;
    options = base ?? {};
  } else {
    options = { ...base, ...options };
  }
  return { options, callback };
}

// agent: false means a one-off agent like the default one; none means the default (unless the program makes
// its own connections); else anything with addRequest.
function chooseAgent(options, defaultAgent) {
  const { agent } = options;
  if (agent === false) return new defaultAgent.constructor();
  if (agent === null || agent === undefined) {
    return typeof options.createConnection === 'function' ? agent : defaultAgent;
  }
  if (typeof agent.addRequest === 'function') return agent;
  throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
}

function ClientRequest(input, options = undefined, callback = undefined) {
  OutgoingMessage.call(this);
  ({ options, callback } = requestOptions(input, options, callback));

  const defaultAgent = options._defaultAgent || agents.globalAgent;
  this.agent = chooseAgent(options, defaultAgent);

  const protocol = options.protocol || defaultAgent.protocol;
  const expectedProtocol = this.agent?.protocol || defaultAgent.protocol;
  if (options.path) {
    const path = String(options.path);
    if (/[^\u0021-\u00ff]/.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
  }
  if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);

  const defaultPort = options.defaultPort || this.agent?.defaultPort || 80;
  const port = options.port = options.port || defaultPort;
  const host = options.host = hostOption(options);
  const setHost = options.setHost === undefined || Boolean(options.setHost);
  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) {
    validateNumber(options.timeout, 'timeout', 0);
    this.timeout = options.timeout;
  }

  let method = options.method;
  if (method !== null && method !== undefined && typeof method !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
  }
  if (method) {
    if (!isHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
    method = method.toUpperCase();
  } else {
    method = 'GET';
  }
  this.method = method;
  if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = options.maxHeaderSize;
  if (options.insecureHTTPParser !== undefined) validateBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = options.insecureHTTPParser;
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  this.path = options.path || '/';
  if (callback) this.once('response', callback);
  this.useChunkedEncodingByDefault = !bodilessMethods.has(method);

  this.host = host;
  this.protocol = protocol;
  this.res = null;
  this.reusedSocket = false;
  this.aborted = false;
  this.upgradeOrConnect = false;
  this.maxHeadersCount = null;
  this.parser = null;
  this.timeoutCb = null;
  this._ended = false;
  this[kError] = null;

  if (this.agent) {
    // An agent that neither keeps connections nor limits them closes each after its response.
    const pooled = this.agent.keepAlive || Number.isFinite(this.agent.maxSockets);
    this._last = !pooled;
    this.shouldKeepAlive = pooled;
  }

  if (Array.isArray(options.headers)) {
    this._storeHeader(`${method} ${this.path} HTTP/1.1\r\n`, options.headers);
  } else {
    if (options.headers) {
      for (const key of Object.keys(options.headers)) this.setHeader(key, options.headers[key]);
    }
    if (host && setHost && !this.getHeader('host')) {
      let hostField = host;
      // An IPv6 literal goes in brackets.
      if (hostField.includes(':') && !hostField.startsWith('[')) hostField = `[${hostField}]`;
      if (port && +port !== defaultPort) hostField += `:${port}`;
      this.setHeader('Host', hostField);
    }
    if (options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', `Basic ${Buffer.from(options.auth).toString('base64')}`);
    }
    const hostField = this.getHeader('host');
    if (Array.isArray(hostField)) throw new ERR_INVALID_ARG_TYPE('options.headers.host', 'string', hostField);
    if (this.getHeader('expect')) {
      if (this._header !== null) throw new ERR_HTTP_HEADERS_SENT('render');
      this._storeHeader(`${method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
    }
  }

  const connectOptions = { ...options };
  const { signal } = options;
  delete connectOptions.signal;
  if (signal) {
    const onAbort = () => this.destroy(new AbortError(undefined, { cause: signal.reason }));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  if (this.agent) {
    this.agent.addRequest(this, connectOptions);
  } else {
    this._last = true;
    this.shouldKeepAlive = false;
    if (typeof connectOptions.createConnection === 'function') {
      let settled = false;
      const created = (err, socket) => {
        if (settled) return;
        settled = true;
        if (err) process.nextTick(() => this.emit('error', err));
        else this.onSocket(socket);
      };
      const socket = connectOptions.createConnection(connectOptions, created);
      if (socket) created(null, socket);
    } else {
      this.onSocket(net.createConnection(connectOptions));
    }
  }
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
  if (this._header !== null) throw new ERR_HTTP_HEADERS_SENT('render');
  this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
};

ClientRequest.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(() => this.emit('abort'));
  this.destroy();
};

// Without a socket yet, the request waits for it (onSocket) to report the error and close.
ClientRequest.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this.res?._dump();
  this[kError] = err ?? null;
  if (this.socket) this.socket.destroy(err);
  return this;
};

function emitClose(req) {
  if (req._closed) return;
  req.destroyed = true;
  req._closed = true;
  req.emit('close');
}

ClientRequest.prototype.onSocket = function onSocket(socket, err) {
  process.nextTick(() => {
    if (err) {
      this.emit('error', err);
      emitClose(this);
      return;
    }
    if (this.destroyed) {
      // Destroyed while waiting for the socket: it goes back to the agent, or away; the request fails.
      if (this.agent) socket.emit('free');
      else socket.destroy();
      const error = this[kError] ?? (this.aborted ? null : connectionReset('socket hang up'));
      if (error) this.emit('error', error);
      emitClose(this);
      return;
    }
    new ResponseReader(this, socket).attach();
    this._flush();
  });
};

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.once('timeout', callback);
  if (this.socket) this.socket.setTimeout(msecs);
  else this.once('socket', (socket) => socket.setTimeout(msecs));
  return this;
};

ClientRequest.prototype.clearTimeout = function clearTimeout(callback) {
  this.setTimeout(0, callback);
};

for (const name of ['setNoDelay', 'setSocketKeepAlive']) {
  const socketMethod = name === 'setNoDelay' ? 'setNoDelay' : 'setKeepAlive';
  ClientRequest.prototype[name] = function socketOption(...args) {
    if (this.socket) this.socket[socketMethod](...args);
    else this.once('socket', (socket) => socket[socketMethod](...args));
  };
}

/** The client's side of one request on one socket: parses the response and gives the socket back when done. */
class ResponseReader {
  constructor(req, socket) {
    this.req = req;
    this.socket = socket;
    this.parser = new MessageParser('response', req.maxHeaderSize, req.insecureHTTPParser === true);
    this.parser.setRequestMethod(req.method);
    this.res = null;
    this.informational = false;
    this.upgrading = null;
    this.socketListeners = {
      data: (chunk) => deliverEvents(this.parser.execute(chunk), this),
      end: () => this.peerEnded(),
      error: (err) => this.socketError(err),
      close: () => this.closed(),
      timeout: () => req.emit('timeout'),
      drain: relayDrain,
    };
  }

  attach() {
    const { req, socket } = this;
    req.socket = socket;
    socket._httpMessage = req;
    listenTo(socket, this.socketListeners);
    if (req.timeout !== undefined) socket.setTimeout(req.timeout);
    req.emit('socket', socket);
  }

  detach() {
    stopListening(this.socket, this.socketListeners);
  }

  body([, chunk]) {
    if (this.res !== null && !this.res.push(chunk)) this.socket.pause();
  }

  error([, code, reason, bytesParsed]) {
    this.fail(parseError(code, reason, bytesParsed));
  }

  headers([, , , major, minor, statusCode, statusMessage, rawHeaders, upgrade, keepAlive]) {
    const { req, socket } = this;
    const res = new IncomingMessage(socket);
    res.httpVersionMajor = major;
    res.httpVersionMinor = minor;
    res.httpVersion = `${major}.${minor}`;
    res.statusCode = statusCode;
    res.statusMessage = statusMessage;
    res.joinDuplicateHeaders = req.joinDuplicateHeaders ?? false;
    const max = req.maxHeadersCount;
    res.rawHeaders = max > 0 && rawHeaders.length > max * 2 ? rawHeaders.slice(0, max * 2) : rawHeaders;
    res.upgrade = upgrade;
    res.req = req;
    if (statusCode >= 100 && statusCode < 200 && statusCode !== 101) {
      // An interim answer: 'continue' for 100, 'information' for all; the real response follows.
      this.informational = true;
      if (statusCode === 100) req.emit('continue');
      req.emit('information', {
        statusCode, statusMessage, httpVersion: res.httpVersion, httpVersionMajor: major, httpVersionMinor: minor,
        headers: res.headers, rawHeaders: res.rawHeaders,
      });
      return;
    }
    if (upgrade) {
      this.upgrading = res;
      return;
    }
    this.res = res;
    req.res = res;
    req.shouldKeepAlive = req.shouldKeepAlive && keepAlive;
    // Before the program's own listeners: what happens to the socket is decided when the body has been read.
    res.on('end', () => this.responseEnded());
    if (req.aborted || !req.emit('response', res)) res._dump();
  }

  complete([, rawTrailers]) {
    if (this.informational) {
      this.informational = false;
      return;
    }
    const { res } = this;
    if (res === null) return;
    res.complete = true;
    setTrailers(res, rawTrailers);
    res.push(null);
  }

  responseEnded() {
    const { req, socket } = this;
    if (!req.shouldKeepAlive) {
      if (socket.writable) {
        if (typeof socket.destroySoon === 'function') socket.destroySoon();
        else socket.end();
      }
    } else if (req.writableFinished) {
      this.release();
    } else {
      req.once('finish', () => this.release());
    }
  }

  // The response has been read and the request written: the socket goes back to the agent for the next request.
  release() {
    const { req, socket } = this;
    this.detach();
    req.destroyed = true;
    process.nextTick(() => {
      emitClose(req);
      if (req.agent) socket.emit('free');
      else socket.destroy();
    });
  }

  upgrade([, head]) {
    const { req, socket } = this;
    const res = this.upgrading;
    this.detach();
    socket._httpMessage = null;
    req.upgradeOrConnect = true;
    req.res = res;
    const event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (res !== null && req.listenerCount(event) > 0) {
      req.emit(event, res, socket, head);
      req.destroyed = true;
      emitClose(req);
    } else {
      // Nobody takes the connection over: it cannot be used for anything else.
      socket.destroy();
    }
  }

  fail(err) {
    const { req, socket } = this;
    this.detach();
    socket._hadError = true;
    socket.destroy();
    req.emit('error', err);
    emitClose(req);
  }

  // The server ended: a body read until EOF is complete; a message cut short is reported by 'close' (the
  // response's 'aborted'), not as a parse error, as in Node.
  peerEnded() {
    deliverEvents(this.parser.finish().filter((event) => event[0] !== 'error'), this);
    const { req, socket } = this;
    if (req.res === null && !socket._hadError) {
      socket._hadError = true;
      req.emit('error', connectionReset('socket hang up'));
    }
    socket.destroy();
  }

  socketError(err) {
    const { req, socket } = this;
    if (socket._hadError) return;
    socket._hadError = true;
    req.emit('error', err);
  }

  closed() {
    const { req, socket } = this;
    const res = this.res;
    if (res !== null && !res.complete) {
      res.destroy(connectionReset('aborted'));
    } else if (req.res === null && !socket._hadError) {
      socket._hadError = true;
      req.emit('error', connectionReset('socket hang up'));
    }
    this.detach();
    emitClose(req);
  }
}

module.exports = { ClientRequest };
