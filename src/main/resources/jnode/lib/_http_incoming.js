'use strict';
// http.IncomingMessage: a request as the server receives it, or a response as the client receives it. The body is
// a Readable fed by the connection's parser; headers are built from rawHeaders when first read.

const { Readable } = require('stream');

// Fields that make no sense twice: a repeat is dropped, as Node does.
const singleValued = new Set(['age', 'authorization', 'content-length', 'content-type', 'etag', 'expires', 'from',
  'host', 'if-modified-since', 'if-unmodified-since', 'last-modified', 'location', 'max-forwards',
  'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent']);

// Node's folding of repeated fields into one headers object: set-cookie collects an array, cookie joins with "; ",
// the single-valued keep their first value (unless joinDuplicateHeaders), the rest join with ", ".
function foldHeaders(raw, joinDuplicates, into = {}) {
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    const value = raw[i + 1];
    const existing = Object.hasOwn(into, name) ? into[name] : undefined;
    if (existing === undefined) {
      into[name] = name === 'set-cookie' ? [value] : value;
    } else if (name === 'set-cookie') {
      existing.push(value);
    } else if (name === 'cookie') {
      into[name] = `${existing}; ${value}`;
    } else if (joinDuplicates || !singleValued.has(name)) {
      into[name] = `${existing}, ${value}`;
    }
  }
  return into;
}

function distinctHeaders(raw, joinDuplicates, into = {}) {
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    if (Object.hasOwn(into, name)) into[name].push(raw[i + 1]);
    else into[name] = [raw[i + 1]];
  }
  return into;
}

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');

// The public fields are assigned one by one, so that every message gets the same shape at once (monomorphic
// accesses on the request path).
function IncomingMessage(socket) {
  const highWaterMark = socket?.readableHighWaterMark;
  Readable.call(this, highWaterMark ? { highWaterMark } : undefined);
  // Until someone reads, the stream asks for nothing: the parser pushes what arrives.
  this._readableState.readingMore = true;
  // Where it came from.
  this.socket = socket;
  this.client = socket;
  // What it is.
  this.method = null;
  this.url = '';
  this.statusCode = null;
  this.statusMessage = null;
  this.httpVersion = null;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.upgrade = null;
  // How far it got.
  this.complete = false;
  this.aborted = false;
  this._consuming = false;
  this._dumped = false;
  this[kHeaders] = null;
  this[kHeadersDistinct] = null;
  this[kTrailers] = null;
  this[kTrailersDistinct] = null;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

function lazyField(key, build, source) {
  return {
    get() {
      this[key] ??= build(this[source], this.joinDuplicateHeaders);
      return this[key];
    },
    set(value) {
      this[key] = value;
    },
    enumerable: false,
    configurable: true,
  };
}

Object.defineProperties(IncomingMessage.prototype, {
  connection: {
    get() {
      return this.socket;
    },
    set(value) {
      this.socket = value;
    },
    configurable: true,
  },
  headers: lazyField(kHeaders, foldHeaders, 'rawHeaders'),
  headersDistinct: lazyField(kHeadersDistinct, distinctHeaders, 'rawHeaders'),
  trailers: lazyField(kTrailers, foldHeaders, 'rawTrailers'),
  trailersDistinct: lazyField(kTrailersDistinct, distinctHeaders, 'rawTrailers'),
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.socket.setTimeout(msecs);
  if (callback) this.on('timeout', callback);
  return this;
};

// The consumer wants more: the first read marks the body as being consumed, and a connection paused for
// backpressure delivers again.
IncomingMessage.prototype._read = function _read() {
  if (this._consuming === false) {
    this._consuming = true;
    this._readableState.readingMore = false;
  }
  const { socket } = this;
  if (socket?.readable && socket.isPaused()) socket.resume();
};

// Destroying a message that has not arrived whole (or was never read to its end) aborts it, and its connection:
// the rest of it cannot be skipped. The error reaches only 'error' listeners already there, as in Node.
IncomingMessage.prototype._destroy = function _destroy(err, callback) {
  const cutShort = !this.complete || !this.readableEnded;
  if (cutShort) {
    this.aborted = true;
    this.emit('aborted');
    if (this.socket && !this.socket.destroyed) this.socket.destroy(err);
  }
  process.nextTick(() => callback(this.listenerCount('error') > 0 ? err : null));
};

// Reads and drops what is left of the body, so that the connection can carry the next message.
IncomingMessage.prototype._dump = function _dump() {
  if (this._dumped) return;
  this._dumped = true;
  this.removeAllListeners('data');
  this.resume();
};

// The trailers arrive with the end of the body; objects already handed out (read before the end) are filled in.
function setTrailers(msg, rawTrailers) {
  msg.rawTrailers = rawTrailers;
  if (msg[kTrailers] !== null) foldHeaders(rawTrailers, msg.joinDuplicateHeaders, msg[kTrailers]);
  if (msg[kTrailersDistinct] !== null) distinctHeaders(rawTrailers, false, msg[kTrailersDistinct]);
}

module.exports = { IncomingMessage, setTrailers };
