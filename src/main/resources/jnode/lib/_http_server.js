'use strict';
// http.Server and http.ServerResponse. Each connection gets a request parser (internalBinding('http_parser')) fed
// from the socket's 'data'; requests become IncomingMessages, answered in order by ServerResponses that take the
// socket one after the other (pipelining), with keep-alive, upgrades, 100-continue and Node's error answers.

const { Server: NetServer } = require('internal/net/server');
const {
  codes: { ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_HTTP_SOCKET_ASSIGNED, ERR_INVALID_CHAR,
    ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInteger, validateBoolean, validateObject } = require('internal/validators');
const { OutgoingMessage, kOutHeaders, relayDrain, chunkedPattern } = require('_http_outgoing');
const { IncomingMessage, setTrailers } = require('_http_incoming');
const {
  STATUS_CODES, MessageParser, parseError, hasInvalidValueChar, connectionReset, listenTo, stopListening,
  deliverEvents,
} = require('internal/http/common');

const kIncomingMessage = Symbol('IncomingMessage');
const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');

// ---- ServerResponse ----

function ServerResponse(req, options = undefined) {
  OutgoingMessage.call(this, options);
  this.req = req;
  this.statusCode = 200;
  this.statusMessage = undefined;
  this.sendDate = true;
  this._hasBody = req.method !== 'HEAD';
  this._expect_continue = false;
  this._sent100 = false;
  const beforeHttp11 = req.httpVersionMajor < 1 || req.httpVersionMinor < 1;
  if (beforeHttp11) {
    // No persistent connections, and no chunked framing unless the client said it takes it (TE).
    this.shouldKeepAlive = false;
    this.useChunkedEncodingByDefault = chunkedPattern.test(req.headers.te ?? '');
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

// The connection closed under the response: it will never finish, but it is closed.
function onServerResponseClose() {
  if (this._httpMessage) emitResponseClose(this._httpMessage);
}

ServerResponse.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

// The response and its socket point at each other while it is the one writing.
function pair(res, socket) {
  res.socket = socket;
  socket._httpMessage = res;
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  pair(this, socket);
  socket.on('close', onServerResponseClose);
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  this.socket = null;
  socket._httpMessage = null;
};

function writeInterim(res, status, fields, callback) {
  res._writeRaw(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${fields}\r\n`, 'ascii', callback);
}

ServerResponse.prototype.writeContinue = function writeContinue(callback) {
  writeInterim(this, 100, '', callback);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(callback) {
  writeInterim(this, 102, '', callback);
};

// 103 Early Hints: the link field (one string or several) and any other fields given.
ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, callback) {
  validateObject(hints, 'hints');
  if (hints.link === null || hints.link === undefined) return;
  const links = Array.isArray(hints.link) ? hints.link : [hints.link];
  if (links.length === 0) return;
  let fields = `Link: ${links.join(', ')}\r\n`;
  for (const key of Object.keys(hints)) {
    if (key !== 'link') fields += `${key}: ${hints[key]}\r\n`;
  }
  writeInterim(this, 103, fields, callback);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, headers) {
  if (this._header !== null) throw new ERR_HTTP_HEADERS_SENT('write');
  const given = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(given);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    headers ??= reason;
  }
  this.statusCode = statusCode;

  let fields = headers;
  if (this[kOutHeaders] !== null && headers) {
    // Fields already set stay, the ones given here are added to them.
    if (Array.isArray(headers)) {
      if (headers.length > 0 && Array.isArray(headers[0])) {
        for (const [name, value] of headers) this.appendHeader(name, value);
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let i = 0; i < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
      }
    } else {
      for (const name of Object.keys(headers)) if (name) this.setHeader(name, headers[name]);
    }
    fields = this[kOutHeaders];
  } else if (this[kOutHeaders] !== null) {
    fields = this[kOutHeaders];
  }
  if (hasInvalidValueChar(String(this.statusMessage))) throw new ERR_INVALID_CHAR('statusMessage');
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
  // The client waits for 100-continue that never came: the body it may send cannot be told from the next request.
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(`HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`, fields);
  return this;
};
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// ---- Server ----

function storeOptions(server, options) {
  server[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  server[kServerResponse] = options.ServerResponse || ServerResponse;
  if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
  server.maxHeaderSize = options.maxHeaderSize;
  if (options.insecureHTTPParser !== undefined) validateBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser');
  server.insecureHTTPParser = options.insecureHTTPParser;
  server.requestTimeout = options.requestTimeout ?? 300000;
  validateInteger(server.requestTimeout, 'requestTimeout', 0);
  server.headersTimeout = options.headersTimeout ?? 60000;
  validateInteger(server.headersTimeout, 'headersTimeout', 0);
  if (server.requestTimeout > 0 && server.headersTimeout > 0 && server.headersTimeout > server.requestTimeout) {
    throw new ERR_INVALID_ARG_VALUE('headersTimeout', server.headersTimeout, 'should be less than or equal to requestTimeout');
  }
  server.connectionsCheckingInterval = options.connectionsCheckingInterval ?? 30000;
  validateInteger(server.connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
  server.requireHostHeader = options.requireHostHeader ?? true;
  validateBoolean(server.requireHostHeader, 'options.requireHostHeader');
  server.joinDuplicateHeaders = options.joinDuplicateHeaders;
  server.rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites ?? false;
}

function Server(options = undefined, requestListener = undefined) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options === null || options === undefined) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  setupHttpServer(this, options, requestListener, 'connection');
}
Object.setPrototypeOf(Server.prototype, NetServer.prototype);
Object.setPrototypeOf(Server, NetServer);

// An http.Server's state on `server`, serving each socket once `connectionEvent` brings it (https.Server serves
// on 'secureConnection').
function setupHttpServer(server, options, requestListener, connectionEvent) {
  storeOptions(server, options);
  NetServer.call(server, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  Object.assign(server, {
    keepAliveTimeout: 5000, maxRequestsPerSocket: 0, maxHeadersCount: null, timeout: 0, httpAllowHalfOpen: false,
  });
  server[kConnections] = new Set();
  server[kConnectionsCheckingInterval] = null;
  server.on(connectionEvent, connectionListener);
  server.on('listening', startConnectionsCheck);
  if (requestListener) server.on('request', requestListener);
}

Server.prototype.close = function close(...args) {
  this.closeIdleConnections();
  stopConnectionsCheck(this);
  return NetServer.prototype.close.apply(this, args);
};

Server.prototype[Symbol.asyncDispose] = function asyncDispose() {
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const connection of this[kConnections]) connection.socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const connection of this[kConnections]) {
    if (connection.isIdle()) connection.socket.destroy();
  }
};

// Applies to connections accepted from now on.
Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.timeout = msecs;
  return this;
};

// headersTimeout and requestTimeout: checked every connectionsCheckingInterval, as Node does.
function startConnectionsCheck() {
  const running = this[kConnectionsCheckingInterval];
  if ((running !== null && !running._destroyed) || this.connectionsCheckingInterval <= 0) return;
  if (this.headersTimeout <= 0 && this.requestTimeout <= 0) return;
  this[kConnectionsCheckingInterval] = setInterval(checkConnections, this.connectionsCheckingInterval, this).unref();
}

function stopConnectionsCheck(server) {
  if (server[kConnectionsCheckingInterval] !== null) clearInterval(server[kConnectionsCheckingInterval]);
}

function checkConnections(server) {
  const now = Date.now();
  for (const connection of server[kConnections]) connection.checkTimeouts(server, now);
}

const clientErrorAnswers = {
  HPE_HEADER_OVERFLOW: 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n',
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n',
  ERR_HTTP_REQUEST_TIMEOUT: 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n',
};
const badRequestAnswer = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';

// Looks for a field in the raw list (lower-case `name`) without building req.headers, which most requests never need.
function hasField(rawHeaders, name) {
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i].length === name.length && rawHeaders[i].toLowerCase() === name) return true;
  }
  return false;
}

const continuePattern = /(?:^|\W)100-continue(?:$|\W)/i;

/** One accepted connection: its parser, the request being read and the responses waiting for the socket. */
class Connection {
  constructor(server, socket) {
    this.server = server;
    this.socket = socket;
    this.parser = new MessageParser('request', server.maxHeaderSize, server.insecureHTTPParser === true);
    this.incoming = null; // the request whose body is being read
    this.upgrading = null; // the request taking the connection over, between its head and its 'upgrade' event
    this.waiting = []; // responses queued behind the one holding the socket
    this.pending = []; // requests whose response has not finished, oldest first
    this.requests = 0;
    this.messageStart = 0; // when the first byte of the message being read arrived, or 0
    this.headersDone = false;
    this.keepAliveTimeoutSet = false;
    this.closeAfterResponse = false;
    this.lastChunk = null; // the read being parsed: a parse error carries it as rawPacket
    this.socketListeners = {
      data: (chunk) => this.receive(chunk),
      end: () => this.peerEnded(),
      error: (err) => this.socketError(err),
      timeout: () => this.timedOut(),
      close: () => this.closed(),
      drain: relayDrain,
    };
  }

  attach() {
    const { socket, server } = this;
    if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
    listenTo(socket, this.socketListeners);
    server[kConnections].add(this);
  }

  detach() {
    stopListening(this.socket, this.socketListeners);
    this.server[kConnections].delete(this);
    this.parser = null;
  }

  isIdle() {
    return this.pending.length === 0 && this.messageStart === 0;
  }

  receive(chunk) {
    if (this.parser === null) return;
    if (this.messageStart === 0) this.messageStart = Date.now();
    this.lastChunk = chunk;
    deliverEvents(this.parser.execute(chunk), this);
  }

  // The client will send no more. Node's servers end their side at once (httpAllowHalfOpen false), dropping a
  // request still arriving; or, half-open, close after the responses still owed.
  peerEnded() {
    if (this.parser !== null) {
      this.lastChunk = null;
      deliverEvents(this.parser.finish(), this);
    }
    const { socket } = this;
    if (!this.server.httpAllowHalfOpen) {
      this.abortPending();
      if (socket.writable) socket.end();
    } else if (this.waiting.length > 0) {
      this.waiting[this.waiting.length - 1]._last = true;
    } else if (socket._httpMessage) {
      socket._httpMessage._last = true;
    } else if (socket.writable) {
      socket.end();
    }
  }

  body([, chunk]) {
    if (this.incoming !== null && !this.incoming.push(chunk)) this.socket.pause();
  }

  error([, code, reason, bytesParsed]) {
    this.parseFailed(parseError(code, reason, bytesParsed, this.lastChunk ?? undefined));
  }

  headers([, method, url, major, minor, , , rawHeaders, upgrade, keepAlive]) {
    const { server, socket } = this;
    this.headersDone = true;
    if (this.keepAliveTimeoutSet) {
      socket.setTimeout(server.timeout || 0);
      this.keepAliveTimeoutSet = false;
    }
    const req = new server[kIncomingMessage](socket);
    req.httpVersionMajor = major;
    req.httpVersionMinor = minor;
    req.httpVersion = `${major}.${minor}`;
    req.method = method;
    req.url = url;
    req.upgrade = upgrade;
    req.joinDuplicateHeaders = server.joinDuplicateHeaders ?? false;
    const max = server.maxHeadersCount;
    req.rawHeaders = max > 0 && rawHeaders.length > max * 2 ? rawHeaders.slice(0, max * 2) : rawHeaders;
    this.incoming = req;
    this.pending.push(req);
    this.requests++;

    if (upgrade) {
      const event = method === 'CONNECT' ? 'connect' : 'upgrade';
      if (server.listenerCount(event) > 0) {
        this.upgrading = req; // the parser's 'complete', then its 'upgrade' with the bytes after the head, follow
        return;
      }
      // Nobody takes the protocol: answered as a plain request, and the connection ends after it.
      this.closeAfterResponse = true;
      req.upgrade = false;
    }

    const res = this.respondTo(req, keepAlive);
    if (socket._httpMessage) this.waiting.push(res);
    else res.assignSocket(socket);

    if (server.maxRequestsPerSocket > 0 && this.requests > server.maxRequestsPerSocket) {
      res.shouldKeepAlive = false;
      res.writeHead(503);
      res.end();
      return;
    }
    if (server.requireHostHeader && major === 1 && minor === 1 && !hasField(rawHeaders, 'host')) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return;
    }
    const expect = major === 1 && minor === 1 && hasField(rawHeaders, 'expect') ? req.headers.expect : undefined;
    if (expect === undefined) server.emit('request', req, res);
    else answerExpectation(server, req, res, expect);
  }

  // The response to `req`, configured from the server, queued behind earlier ones if the socket is busy.
  respondTo(req, keepAlive) {
    const { server, socket } = this;
    const res = new server[kServerResponse](req, {
      rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
      highWaterMark: socket.writableHighWaterMark,
    });
    res.shouldKeepAlive &&= keepAlive;
    res._maxRequestsPerSocket = server.maxRequestsPerSocket;
    res._keepAliveTimeout = server.keepAliveTimeout;
    res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket > 0 &&
      this.requests >= server.maxRequestsPerSocket;
    res.on('finish', () => this.responseFinished(req, res));
    return res;
  }

  complete([, rawTrailers]) {
    const req = this.incoming;
    this.messageStart = 0;
    this.headersDone = false;
    if (req === null) return;
    req.complete = true;
    setTrailers(req, rawTrailers);
    req.push(null);
    this.incoming = null;
  }

  upgrade([, head]) {
    const req = this.upgrading;
    if (req === null) return; // answered as a plain request; the rest is ignored
    const { server, socket } = this;
    this.detach();
    this.pending.splice(this.pending.indexOf(req), 1);
    req.complete = true;
    req.push(null);
    socket.setTimeout(0);
    server.emit(req.method === 'CONNECT' ? 'connect' : 'upgrade', req, socket, head);
  }

  responseFinished(req, res) {
    const { socket } = this;
    this.pending.splice(this.pending.indexOf(req), 1);
    // What the handler did not read of the request is read and dropped: the connection must reach the next one.
    if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
    res.detachSocket(socket);
    process.nextTick(emitResponseClose, res);
    if (res._last || this.closeAfterResponse) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    } else if (this.waiting.length === 0) {
      if (this.server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
        socket.setTimeout(this.server.keepAliveTimeout);
        this.keepAliveTimeoutSet = true;
      }
    } else {
      this.waiting.shift().assignSocket(socket);
    }
  }

  // A request the parser refused, or a socket error: 'clientError' decides, or Node's default answer and close.
  clientError(err) {
    const { server, socket } = this;
    if (socket.listenerCount('error') === 0) socket.on('error', noop);
    if (!server.emit('clientError', err, socket)) {
      if (socket.writable && (socket.bytesWritten === 0 || !socket._httpMessage)) {
        socket.write(clientErrorAnswers[err.code] ?? badRequestAnswer);
      }
      socket.destroy(err);
    }
  }

  parseFailed(err) {
    this.detach();
    this.socket.on('error', noop);
    this.clientError(err);
  }

  socketError(err) {
    this.socket.removeListener('error', this.socketListeners.error);
    this.clientError(err);
  }

  timedOut() {
    const req = this.incoming;
    const reqHandled = req !== null && !req.complete && req.emit('timeout', this.socket);
    const res = this.socket._httpMessage;
    const resHandled = res && res.emit('timeout', this.socket);
    const serverHandled = this.server.emit('timeout', this.socket);
    if (!reqHandled && !resHandled && !serverHandled) this.socket.destroy();
  }

  checkTimeouts(server, now) {
    if (this.messageStart === 0 || this.parser === null) return;
    const elapsed = now - this.messageStart;
    const late = (!this.headersDone && server.headersTimeout > 0 && elapsed > server.headersTimeout) ||
      (server.requestTimeout > 0 && elapsed > server.requestTimeout);
    if (!late) return;
    const err = new Error('Request timeout');
    err.code = 'ERR_HTTP_REQUEST_TIMEOUT';
    this.detach();
    this.clientError(err);
  }

  // The requests still waiting for their response learn that the client is gone ('aborted').
  abortPending() {
    const requests = this.pending;
    this.pending = [];
    for (const req of requests) req.destroy(connectionReset('aborted'));
  }

  closed() {
    this.server[kConnections].delete(this);
    this.abortPending();
    for (const res of this.waiting) emitResponseClose(res);
    this.waiting = [];
  }
}

// Expect: 100-continue goes to 'checkContinue' or is granted at once; anything else to 'checkExpectation',
// or is refused with 417.
function answerExpectation(server, req, res, expect) {
  if (!continuePattern.test(expect)) {
    if (!server.emit('checkExpectation', req, res)) res.writeHead(417).end();
    return;
  }
  res._expect_continue = true;
  if (server.listenerCount('checkContinue') === 0) {
    res.writeContinue();
    server.emit('request', req, res);
  } else {
    server.emit('checkContinue', req, res);
  }
}

function noop() {}


function emitResponseClose(res) {
  if (res._closed) return;
  res.destroyed = true;
  res._closed = true;
  res.emit('close');
}

function connectionListener(socket) {
  socket.server = this; // also for sockets emitted by hand (one another process sent, say), as Node does
  new Connection(this, socket).attach();
}

module.exports = {
  STATUS_CODES, Server, ServerResponse, kIncomingMessage, kServerResponse, kConnectionsCheckingInterval,
  _connectionListener: connectionListener, setupHttpServer,
};
