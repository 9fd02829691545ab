'use strict';
// http.OutgoingMessage: what ServerResponse and ClientRequest share. A legacy Stream (not a Writable, as in Node)
// that keeps the header fields until the head is written, frames the body (Content-Length when the whole body is
// known at end(), else chunked on HTTP/1.1, else close-delimited) and writes to its socket, or buffers until it has one.

const Stream = require('stream');
const { Buffer } = require('buffer');
const { getDefaultHighWaterMark } = require('internal/streams/options');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_METHOD_NOT_IMPLEMENTED,
    ERR_STREAM_ALREADY_FINISHED, ERR_STREAM_CANNOT_PIPE, ERR_STREAM_DESTROYED, ERR_STREAM_NULL_VALUES,
    ERR_STREAM_WRITE_AFTER_END, ERR_INVALID_HTTP_TOKEN, ERR_INVALID_CHAR, ERR_HTTP_TRAILER_INVALID,
    ERR_HTTP_BODY_NOT_ALLOWED, ERR_HTTP_CONTENT_LENGTH_MISMATCH,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { isHttpToken, hasInvalidValueChar, validateHeaderName, validateHeaderValue, utcDate } =
  require('internal/http/common');

const kOutHeaders = Symbol('kOutHeaders');
const kSocket = Symbol('kSocket');
const kCorked = Symbol('corked');
const kNeedDrain = Symbol('kNeedDrain');
const kErrored = Symbol('errored');
const kHighWaterMark = Symbol('kHighWaterMark');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
const kBytesWritten = Symbol('kBytesWritten');

const closePattern = /(?:^|\W)close(?:$|\W)/i;
const chunkedPattern = /(?:^|\W)chunked(?:$|\W)/i;

function noop() {}

// Many fields are public in Node (packages read and set them), so they are own data properties with Node's names.
// Assigned one by one (not Object.assign'ed from literals): every message then gets the same shape at once, which
// keeps the property accesses on the request path monomorphic.
function OutgoingMessage(options = undefined) {
  Stream.call(this);
  // How far the message got.
  this._header = null;
  this._headerSent = false;
  this.outputData = [];
  this.outputSize = 0;
  this._onPendingData = noop;
  this.writable = true;
  this.finished = false;
  this.destroyed = false;
  this._closed = false;
  // The connection it travels on.
  this.shouldKeepAlive = true;
  this._last = false;
  this._defaultKeepAlive = true;
  this._keepAliveTimeout = 0;
  this.maxRequestsOnConnectionReached = false;
  this._removedConnection = false;
  this.sendDate = false;
  // How its body is framed.
  this.useChunkedEncodingByDefault = true;
  this.chunkedEncoding = false;
  this._hasBody = true;
  this._contentLength = null;
  this.strictContentLength = false;
  this._removedContLen = false;
  this._removedTE = false;
  this._trailer = '';
  this[kOutHeaders] = null;
  this[kSocket] = null;
  this[kCorked] = 0;
  this[kNeedDrain] = false;
  this[kErrored] = null;
  this[kHighWaterMark] = options?.highWaterMark ?? getDefaultHighWaterMark();
  this[kRejectNonStandardBodyWrites] = options?.rejectNonStandardBodyWrites ?? false;
  this[kBytesWritten] = 0;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

const proto = OutgoingMessage.prototype;

Object.defineProperties(proto, {
  errored: {
    get() {
      return this[kErrored];
    },
    configurable: true,
  },
  closed: {
    get() {
      return this._closed;
    },
    configurable: true,
  },
  writableFinished: {
    get() {
      return this.finished && this.outputSize === 0 && (this[kSocket] === null || this[kSocket].writableLength === 0);
    },
    configurable: true,
  },
  writableObjectMode: {
    get() {
      return false;
    },
    configurable: true,
  },
  writableLength: {
    get() {
      return this.outputSize + (this[kSocket] !== null ? this[kSocket].writableLength : 0);
    },
    configurable: true,
  },
  writableHighWaterMark: {
    get() {
      return this[kSocket] !== null ? this[kSocket].writableHighWaterMark : this[kHighWaterMark];
    },
    configurable: true,
  },
  writableCorked: {
    get() {
      return this[kCorked];
    },
    configurable: true,
  },
  writableEnded: {
    get() {
      return this.finished;
    },
    configurable: true,
  },
  writableNeedDrain: {
    get() {
      return !this.destroyed && !this.finished && this[kNeedDrain];
    },
    configurable: true,
  },
  headersSent: {
    get() {
      return this._header !== null;
    },
    configurable: true,
  },
  connection: {
    get() {
      return this[kSocket];
    },
    set(value) {
      this.socket = value;
    },
    configurable: true,
  },
  socket: {
    get() {
      return this[kSocket];
    },
    set(value) {
      for (let n = this[kCorked]; n > 0; n--) value?.cork();
      this[kSocket] = value;
    },
    configurable: true,
  },
});

proto.cork = function cork() {
  this[kCorked]++;
  this[kSocket]?.cork();
};

proto.uncork = function uncork() {
  if (this[kCorked] > 0) this[kCorked]--;
  this[kSocket]?.uncork();
};

proto.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (this[kSocket] === null) this.once('socket', (socket) => socket.setTimeout(msecs));
  else this[kSocket].setTimeout(msecs);
  return this;
};

proto.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error ?? null;
  if (this[kSocket] !== null) this[kSocket].destroy(error);
  else this.once('socket', (socket) => socket.destroy(error));
  return this;
};

// ---- header fields ----

function fields(msg) {
  msg[kOutHeaders] ??= { __proto__: null };
  return msg[kOutHeaders];
}

function refuseAfterHead(msg, action) {
  if (msg._header !== null) throw new ERR_HTTP_HEADERS_SENT(action);
}

proto.setHeader = function setHeader(name, value) {
  refuseAfterHead(this, 'set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  fields(this)[name.toLowerCase()] = [name, value];
  return this;
};

proto.appendHeader = function appendHeader(name, value) {
  refuseAfterHead(this, 'append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const key = name.toLowerCase();
  const headers = fields(this);
  if (headers[key] === undefined) {
    headers[key] = [name, value];
  } else {
    const existing = headers[key][1];
    headers[key][1] = [].concat(existing, value);
  }
  return this;
};

// setHeaders(Headers | Map): every entry, with the set-cookie values of a Headers kept apart as Node does.
proto.setHeaders = function setHeaders(headers) {
  refuseAfterHead(this, 'set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  const cookies = [];
  for (const [name, value] of headers) {
    if (name === 'set-cookie') {
      if (Array.isArray(value)) cookies.push(...value);
      else cookies.push(value);
    } else {
      this.setHeader(name, value);
    }
  }
  if (cookies.length > 0) this.setHeader('set-cookie', cookies);
  return this;
};

proto.getHeader = function getHeader(name) {
  validateString(name, 'name');
  return this[kOutHeaders]?.[name.toLowerCase()]?.[1];
};

proto.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] === null ? [] : Object.keys(this[kOutHeaders]);
};

proto.getRawHeaderNames = function getRawHeaderNames() {
  return this[kOutHeaders] === null ? [] : Object.values(this[kOutHeaders]).map(([name]) => name);
};

proto.getHeaders = function getHeaders() {
  const out = { __proto__: null };
  for (const key in this[kOutHeaders]) out[key] = this[kOutHeaders][key][1];
  return out;
};

proto.hasHeader = function hasHeader(name) {
  validateString(name, 'name');
  return this[kOutHeaders] !== null && this[kOutHeaders][name.toLowerCase()] !== undefined;
};

proto.removeHeader = function removeHeader(name) {
  validateString(name, 'name');
  refuseAfterHead(this, 'remove');
  const key = name.toLowerCase();
  if (key === 'connection') this._removedConnection = true;
  else if (key === 'content-length') this._removedContLen = true;
  else if (key === 'transfer-encoding') this._removedTE = true;
  else if (key === 'date') this.sendDate = false;
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

proto._implicitHeader = function _implicitHeader() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

proto._renderHeaders = function _renderHeaders() {
  refuseAfterHead(this, 'render');
  const out = {};
  for (const key in this[kOutHeaders]) {
    const [name, value] = this[kOutHeaders][key];
    out[name] = value;
  }
  return out;
};

// ---- the head ----

function isCookieField(name) {
  return name.length === 6 && name.toLowerCase() === 'cookie';
}

// What a field the head carries changes in the message, by lower-cased name.
const fieldEffects = {
  __proto__: null,
  'connection'(msg, value) {
    msg._removedConnection = false;
    if (closePattern.test(value)) msg._last = true;
    else msg.shouldKeepAlive = true;
  },
  'transfer-encoding'(msg, value) {
    msg._removedTE = false;
    if (chunkedPattern.test(value)) msg.chunkedEncoding = true;
  },
  'content-length'(msg, value) {
    msg._removedContLen = false;
    msg._contentLength = +value;
  },
  'keep-alive'(msg) {
    msg._defaultKeepAlive = false;
  },
};

/** The text of a head being written, and which fields it has. */
class HeadBuilder {
  constructor(msg, firstLine) {
    this.msg = msg;
    this.text = firstLine;
    this.present = new Set();
  }

  // Repeated values get a line each, except cookies, which must be one line.
  field(name, value, validate) {
    if (validate) validateHeaderName(name);
    const values = Array.isArray(value) ? value : [value];
    if (values.length > 1 && isCookieField(name)) {
      this.line(name, values.join('; '), validate);
    } else {
      for (const one of values) this.line(name, one, validate);
    }
  }

  line(name, value, validate) {
    if (validate) validateHeaderValue(name, value);
    this.text += `${name}: ${value}\r\n`;
    const key = name.toLowerCase();
    this.present.add(key);
    fieldEffects[key]?.(this.msg, value);
  }

  has(key) {
    return this.present.has(key);
  }
}

// The fields of the head: the stored ones ([name, value] by key), or those given to writeHead (an object, a flat
// [name, value, ...] array or an array of pairs), validated.
function addAllFields(head, headers, stored) {
  if (!headers) return;
  if (stored) {
    for (const key in headers) head.field(headers[key][0], headers[key][1], false);
  } else if (!Array.isArray(headers)) {
    for (const name of Object.keys(headers)) head.field(name, headers[name], true);
  } else if (headers.length > 0 && Array.isArray(headers[0])) {
    for (const [name, value] of headers) head.field(name, value, true);
  } else {
    if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
    for (let i = 0; i < headers.length; i += 2) head.field(headers[i], headers[i + 1], true);
  }
}

// The Connection (and Keep-Alive) lines jnode adds when the program set no Connection field.
function connectionLines(msg, head) {
  // A body-less response that still announces chunked framing leaves the client unsure where it ends.
  if (!msg._hasBody && head.has('transfer-encoding')) msg.shouldKeepAlive = false;
  if (msg._removedConnection) {
    // Removed by the program: none is sent, and the connection's fate is the protocol's default.
    msg._last = !msg.shouldKeepAlive;
    return '';
  }
  if (head.has('connection')) return '';
  const persistent = msg.shouldKeepAlive &&
    (head.has('content-length') || msg.useChunkedEncodingByDefault || Boolean(msg.agent));
  if (!persistent) {
    msg._last = true;
    return 'Connection: close\r\n';
  }
  if (msg.maxRequestsOnConnectionReached) return 'Connection: close\r\n';
  if (!msg._keepAliveTimeout || !msg._defaultKeepAlive) return 'Connection: keep-alive\r\n';
  const seconds = Math.floor(msg._keepAliveTimeout / 1000);
  const limit = msg._maxRequestsPerSocket ? `, max=${msg._maxRequestsPerSocket}` : '';
  return `Connection: keep-alive\r\nKeep-Alive: timeout=${seconds}${limit}\r\n`;
}

// How the body is delimited when the program set neither Content-Length nor Transfer-Encoding: by its length
// when end() gave the whole body at once, else chunked (HTTP/1.1), else by closing the connection.
function framingLine(msg, head) {
  if (head.has('content-length') || head.has('transfer-encoding')) return '';
  if (!msg._hasBody) {
    msg.chunkedEncoding = false;
    return '';
  }
  const lengthKnown = typeof msg._contentLength === 'number' && !msg._removedContLen && !head.has('trailer');
  if (msg.useChunkedEncodingByDefault && lengthKnown) return `Content-Length: ${msg._contentLength}\r\n`;
  if (msg.useChunkedEncodingByDefault && !msg._removedTE) {
    msg.chunkedEncoding = true;
    return 'Transfer-Encoding: chunked\r\n';
  }
  msg._last = true;
  return '';
}

proto._storeHeader = function _storeHeader(firstLine, headers) {
  const head = new HeadBuilder(this, firstLine);
  addAllFields(head, headers, headers === this[kOutHeaders]);
  if (this.sendDate && !head.has('date')) head.text += `Date: ${utcDate()}\r\n`;
  head.text += connectionLines(this, head);
  head.text += framingLine(this, head);
  if (head.has('trailer') && this.chunkedEncoding !== true) throw new ERR_HTTP_TRAILER_INVALID();
  this._header = `${head.text}\r\n`;
  this._headerSent = false;
  // A request that expects 100-continue sends its head at once, to hear the answer before the body.
  if (head.has('expect')) this._send('');
};

proto.flushHeaders = function flushHeaders() {
  if (this._header === null) this._implicitHeader();
  this._send('');
};

proto.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const entries = Array.isArray(headers) ? headers : Object.keys(headers).map((key) => [key, headers[key]]);
  for (const [field, value] of entries) {
    if (!isHttpToken(field)) throw new ERR_INVALID_HTTP_TOKEN('Trailer name', field);
    if (hasInvalidValueChar(String(value))) throw new ERR_INVALID_CHAR('trailer content', field);
    this._trailer += `${field}: ${value}\r\n`;
  }
};

// ---- the body ----

function byteLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

// The head not yet on its way, handed out once.
function takeHead(msg) {
  if (msg._headerSent || msg._header === null) return null;
  msg._headerSent = true;
  return msg._header;
}

function queueOutput(msg, data, encoding, callback, first = false) {
  const entry = { data, encoding, callback };
  if (first) msg.outputData.unshift(entry);
  else msg.outputData.push(entry);
  msg.outputSize += data.length;
  msg._onPendingData(data.length);
  return msg.outputSize < msg[kHighWaterMark];
}

// Raw bytes, preceded by the head the first time: one string where the encodings allow.
proto._send = function _send(data, encoding, callback) {
  const head = takeHead(this);
  if (head !== null) {
    const joinable = typeof data === 'string' && (!encoding || encoding === 'utf8' || encoding === 'latin1');
    if (joinable) data = head + data;
    else queueOutput(this, head, 'latin1', null, true);
  }
  return this._writeRaw(data, encoding, callback);
};

// To the socket when this message holds it (after what waited in outputData), else into outputData.
proto._writeRaw = function _writeRaw(data, encoding, callback) {
  if (typeof encoding === 'function') [encoding, callback] = [null, encoding];
  const socket = this[kSocket];
  const holdsSocket = socket !== null && socket._httpMessage === this && socket.writable;
  if (!holdsSocket) return socket?.destroyed ? false : queueOutput(this, data, encoding, callback);
  if (this.outputData.length > 0) this._flushOutput(socket);
  return socket.write(data, encoding, callback);
};

function emitErrorNT(msg, err, callback) {
  callback?.(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

function failWrite(msg, err, callback) {
  if (msg.destroyed) return;
  process.nextTick(emitErrorNT, msg, err, callback);
}

function uncorkSocketNT(socket) {
  socket?.uncork();
}

// With strictContentLength, a body that would not match its Content-Length field is refused before it is sent.
function checkContentLength(msg, total, whole) {
  if (!msg.strictContentLength || typeof msg._contentLength !== 'number' || msg.chunkedEncoding) return;
  if (whole ? total !== msg._contentLength : total > msg._contentLength) {
    throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(total, msg._contentLength);
  }
}

function writeBody(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = null;
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    failWrite(msg, err, callback);
    return false;
  }
  if (msg._header === null) {
    if (fromEnd) msg._contentLength = byteLength(chunk, encoding);
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw new ERR_HTTP_BODY_NOT_ALLOWED();
    if (callback !== null) process.nextTick(callback);
    return true;
  }
  const socket = msg[kSocket];
  if (!fromEnd && socket !== null && !socket.writableCorked) {
    socket.cork();
    process.nextTick(uncorkSocketNT, socket);
  }
  let ret;
  const length = byteLength(chunk, encoding);
  if (!fromEnd) checkContentLength(msg, msg[kBytesWritten] + length, false);
  msg[kBytesWritten] += length;
  if (msg.chunkedEncoding && length !== 0) {
    msg._send(`${length.toString(16)}\r\n`, 'latin1', null);
    msg._send(chunk, encoding, null);
    ret = msg._send('\r\n', 'latin1', callback);
  } else {
    ret = msg._send(chunk, encoding, callback);
  }
  if (!ret) msg[kNeedDrain] = true;
  return ret;
}

// write(chunk[, encoding][, callback]) and end([chunk][, encoding][, callback]): the optional arguments sorted out.
function sortOutArgs(chunk, encoding, callback) {
  if (typeof chunk === 'function') return [null, null, chunk];
  if (typeof encoding === 'function') return [chunk, null, encoding];
  return [chunk, encoding, callback];
}

proto.write = function write(chunk, encoding, callback) {
  [chunk, encoding, callback] = sortOutArgs(chunk, encoding, callback);
  const accepted = writeBody(this, chunk, encoding, callback, false);
  this[kNeedDrain] ||= !accepted;
  return accepted;
};

function onFinish(msg) {
  if (msg[kSocket]?._hadError) return;
  msg.emit('finish');
}

proto.end = function end(chunk, encoding, callback) {
  [chunk, encoding, callback] = sortOutArgs(chunk, encoding, callback);
  if (chunk) {
    if (this.finished) {
      failWrite(this, new ERR_STREAM_WRITE_AFTER_END(), typeof callback === 'function' ? callback : null);
      return this;
    }
    if (this._header !== null) checkContentLength(this, this[kBytesWritten] + byteLength(chunk, encoding), true);
    this[kSocket]?.cork();
    writeBody(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if (this._header === null) {
    this[kSocket]?.cork();
    this._contentLength = 0;
    this._implicitHeader();
  } else {
    checkContentLength(this, this[kBytesWritten], true);
  }
  // Node runs end()'s callback before the other 'finish' listeners.
  if (typeof callback === 'function') this.prependOnceListener('finish', callback);

  const finish = () => onFinish(this);
  if (this._hasBody && this.chunkedEncoding) {
    this._send(`0\r\n${this._trailer}\r\n`, 'latin1', finish);
  } else if (!this._headerSent || this.writableLength || chunk) {
    this._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }
  const socket = this[kSocket];
  if (socket !== null) {
    // Everything corked for this message goes out now, in one write where the socket can.
    while (socket.writableCorked > 0) socket.uncork();
  }
  this[kCorked] = 0;
  this.finished = true;
  if (this.outputData.length === 0 && socket?._httpMessage === this) this._finish();
  return this;
};

proto._finish = function _finish() {
  this.emit('prefinish');
};

// The socket arrived (or became ours): what was buffered goes out.
proto._flush = function _flush() {
  const socket = this[kSocket];
  if (socket === null || !socket.writable) return;
  const ret = this._flushOutput(socket);
  if (this.finished) {
    this._finish();
  } else if (ret && this[kNeedDrain]) {
    this[kNeedDrain] = false;
    this.emit('drain');
  }
};

proto._flushOutput = function _flushOutput(socket) {
  for (let n = this[kCorked]; n > 0; n--) socket.cork();
  const pending = this.outputData;
  const flushed = this.outputSize;
  this.outputData = [];
  this.outputSize = 0;
  let ret = true;
  if (pending.length > 0) {
    socket.cork();
    for (const { data, encoding, callback } of pending) ret = socket.write(data, encoding, callback);
    socket.uncork();
  }
  this._onPendingData(-flushed);
  return ret;
};

// A socket's 'drain' listener: the message writing to it hears 'drain' if its last write was refused.
function relayDrain() {
  const waiting = this._httpMessage;
  if (!waiting || waiting.finished || !waiting[kNeedDrain]) return;
  waiting[kNeedDrain] = false;
  waiting.emit('drain');
}

proto.pipe = function pipe() {
  this.emit('error', new ERR_STREAM_CANNOT_PIPE());
};

module.exports = { OutgoingMessage, kOutHeaders, relayDrain, chunkedPattern, validateHeaderName, validateHeaderValue };
