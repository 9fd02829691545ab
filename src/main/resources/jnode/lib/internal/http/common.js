'use strict';
// What the HTTP server and client share: the method and status tables, token and header-value checks, and
// MessageParser, which feeds socket bytes to the Java parser (internalBinding('http_parser')) and hands its
// events to the side that owns the connection.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_HTTP_TOKEN, ERR_HTTP_INVALID_HEADER_VALUE, ERR_INVALID_CHAR } } = require('internal/errors');

const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH',
  'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH',
  'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK',
  'UNSUBSCRIBE'];

// The reason phrases of the IANA registry as Node words them.
const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

// RFC 9110 tchar: what a method or header name may consist of.
const tokenPattern = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
// Field values: visible characters, spaces, tabs and obs-text; no other controls.
const invalidValueCharPattern = /[^\t\x20-\x7e\x80-\xff]/;

function isHttpToken(value) {
  return typeof value === 'string' && tokenPattern.test(value);
}

function hasInvalidValueChar(value) {
  return invalidValueCharPattern.test(value);
}

function validateHeaderName(name, label = 'Header name') {
  if (!isHttpToken(name)) throw new ERR_INVALID_HTTP_TOKEN(label, name);
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (hasInvalidValueChar(String(value))) throw new ERR_INVALID_CHAR('header content', name);
}

let cachedDate = '';
let cachedDateSecond = -1;
// The Date header: formatted at most once a second, as every response wants it.
function utcDate() {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== cachedDateSecond) {
    cachedDateSecond = second;
    cachedDate = new Date(now).toUTCString();
  }
  return cachedDate;
}

// Node's default limit on a message's head (http.maxHeaderSize).
const DEFAULT_MAX_HEADER_SIZE = 16384;

/**
 * One connection's parser. `execute(buffer)` returns the parser's events, each an array whose first element names
 * it ('headers', 'body', 'complete', 'upgrade', 'error'); regions ('body', 'upgrade') are turned into Buffers over
 * the bytes passed in, without copying.
 */
class MessageParser {
  constructor(kind, maxHeaderSize, lenient) {
    this.native = internalBinding('http_parser').create(kind, maxHeaderSize ?? DEFAULT_MAX_HEADER_SIZE, lenient);
  }

  execute(buffer) {
    return this.regions(this.native.execute(buffer.buffer, buffer.byteOffset, buffer.length), buffer);
  }

  finish() {
    return this.regions(this.native.finish(), null);
  }

  setRequestMethod(method) {
    this.native.setRequestMethod(method);
  }

  // The binding's events are Java arrays: they are copied element by element into JavaScript arrays (indexed
  // reads of a host array are cheap once compiled; Array.from walks it through the iterator protocol).
  regions(events, buffer) {
    const out = [];
    for (let i = 0; i < events.length; i++) {
      const event = events[i];
      const kind = event[0];
      if (kind === 'body' || kind === 'upgrade') {
        out.push([kind, Buffer.from(buffer.buffer, event[1], event[2])]);
      } else if (kind === 'headers') {
        out.push([kind, event[1], event[2], event[3], event[4], event[5], event[6], copyOfHostArray(event[7]),
          event[8], event[9]]);
      } else if (kind === 'complete') {
        out.push([kind, copyOfHostArray(event[1])]);
      } else {
        out.push(copyOfHostArray(event));
      }
    }
    return out;
  }
}

function copyOfHostArray(hostArray) {
  const copy = [];
  for (let i = 0; i < hostArray.length; i++) copy.push(hostArray[i]);
  return copy;
}

// The error a parse failure becomes, with Node's shape: "Parse Error: <reason>", code HPE_*, bytesParsed and the
// packet that failed.
function parseError(code, reason, bytesParsed, rawPacket) {
  const err = new Error(reason ? `Parse Error: ${reason}` : 'Parse Error');
  err.bytesParsed = bytesParsed;
  err.code = code;
  err.reason = reason;
  if (rawPacket !== undefined) err.rawPacket = rawPacket;
  return err;
}

// What a connection lost under a message becomes: 'socket hang up' before a response, 'aborted' during one.
function connectionReset(message) {
  const err = new Error(message);
  err.code = 'ECONNRESET';
  return err;
}

// Hands each parser event to the owner's method named after its kind (headers, body, complete, upgrade,
// error); an upgrade or an error ends what the parser has to say.
function deliverEvents(events, owner) {
  for (const event of events) {
    owner[event[0]](event);
    if (event[0] === 'upgrade' || event[0] === 'error') return;
  }
}

// A connection's owner (server side or client side) adds its socket listeners, given as { event: listener },
// and takes them all off when it hands the socket over.
function listenTo(emitter, listeners) {
  for (const event of Object.keys(listeners)) emitter.on(event, listeners[event]);
}

function stopListening(emitter, listeners) {
  for (const event of Object.keys(listeners)) emitter.removeListener(event, listeners[event]);
}

module.exports = {
  DEFAULT_MAX_HEADER_SIZE, METHODS, STATUS_CODES,
  isHttpToken, hasInvalidValueChar, validateHeaderName, validateHeaderValue, utcDate,
  MessageParser, parseError, connectionReset, listenTo, stopListening, deliverEvents,
};
