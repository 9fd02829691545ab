'use strict';
// The WHATWG WebSocket client over node:http's upgrade, with Node 24's (undici's) handshake headers, errors and
// event order. No extension is offered (undici offers permessage-deflate), so messages are never compressed.

const { Buffer } = require('buffer');
const { createHash, randomBytes } = require('crypto');
const { Event, EventTarget, defineEventHandler } = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');
const { codedError } = require('internal/errors');
const { Blob, isBlob, blobBytes } = require('internal/blob');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { MessageEvent, CloseEvent, ErrorEvent } = require('internal/websocket/events');
const { Headers, headerFields } = require('internal/fetch/headers');
const { opcodes, encodeFrame, closePayload, FrameReader, ProtocolError } = require('internal/websocket/frames');

const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;
const acceptGuid = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
// What undici sends after the WebSocket fields, unless the caller's `headers` set them.
const defaultHeaders = [['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'websocket'],
  ['user-agent', 'node'], ['pragma', 'no-cache'], ['cache-control', 'no-cache'], ['accept-encoding', 'gzip, deflate']];

const kState = Symbol('websocket state');

function stateOf(self) {
  if (self === null || typeof self !== 'object' || !(kState in self)) throw codedError('ERR_INVALID_THIS', 'Illegal invocation');
  return self[kState];
}

function parseWebSocketUrl(input) {
  let url;
  try {
    url = new URL(`${input}`);
  } catch (err) {
    throw new DOMException(`${err.name}: ${err.message}`, 'SyntaxError');
  }
  if (url.protocol === 'http:') url.protocol = 'ws:';
  else if (url.protocol === 'https:') url.protocol = 'wss:';
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') throw new DOMException('expected a ws: or wss: url', 'SyntaxError');
  if (url.hash !== '' || url.href.endsWith('#')) throw new DOMException('hash', 'SyntaxError');
  return url;
}

function parseProtocols(protocols) {
  const list = typeof protocols === 'string' ? [protocols] : [...protocols].map((protocol) => `${protocol}`);
  if (new Set(list).size !== list.length || !list.every((protocol) => tokenPattern.test(protocol))) {
    throw new DOMException('Invalid Sec-WebSocket-Protocol value', 'SyntaxError');
  }
  return list;
}

class WebSocket extends EventTarget {
  constructor(url, protocols = []) {
    if (arguments.length === 0) throw new TypeError('WebSocket constructor: 1 argument required, but 0 found.');
    super();
    // undici also takes `{ protocols, headers }` in place of the list.
    let extraHeaders;
    if (protocols !== null && typeof protocols === 'object' && !(Symbol.iterator in protocols)) {
      extraHeaders = protocols.headers;
      protocols = protocols.protocols ?? [];
    }
    const parsed = parseWebSocketUrl(url);
    const protocolList = parseProtocols(protocols);
    this[kState] = {
      url: parsed,
      readyState: CONNECTING,
      binaryType: 'blob',
      bufferedAmount: 0,
      protocol: '',
      request: null,
      socket: null,
      sentClose: false,
      receivedClose: null, // { code, reason } once the server's close frame arrived
      failed: false,
    };
    connect(this, protocolList, extraHeaders === undefined ? [] : headerFields(new Headers(extraHeaders)));
  }

  close(code = undefined, reason = undefined) {
    const state = stateOf(this);
    if (code !== undefined) {
      code = Math.min(Math.max(Math.round(Number(code)) || 0, 0), 65535);
      if (code !== 1000 && (code < 3000 || code > 4999)) throw new DOMException('invalid code', 'InvalidAccessError');
    }
    if (reason !== undefined) {
      reason = `${reason}`.toWellFormed();
      const length = Buffer.byteLength(reason);
      if (length > 123) throw new DOMException(`Reason must be less than 123 bytes; received ${length}`, 'SyntaxError');
    }
    if (state.readyState === CLOSING || state.readyState === CLOSED) return;
    if (state.readyState === CONNECTING) {
      failConnection(this);
      return;
    }
    sendClose(state, code, reason);
    state.readyState = CLOSING;
  }

  send(data) {
    const state = stateOf(this);
    if (arguments.length === 0) throw new TypeError('WebSocket.send: 1 argument required, but 0 found.');
    if (state.readyState === CONNECTING) throw new DOMException('Sent before connected.', 'InvalidStateError');
    if (state.readyState !== OPEN) return;
    let opcode = opcodes.binary;
    let payload;
    if (isBlob(data)) payload = blobBytes(data);
    else if (isAnyArrayBuffer(data)) payload = new Uint8Array(data);
    else if (isArrayBufferView(data)) payload = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    else {
      opcode = opcodes.text;
      payload = Buffer.from(`${data}`);
    }
    const size = payload.byteLength;
    state.bufferedAmount += size;
    state.socket.write(encodeFrame(opcode, payload), () => {
      state.bufferedAmount -= size;
    });
  }

  get readyState() {
    return stateOf(this).readyState;
  }

  get bufferedAmount() {
    return stateOf(this).bufferedAmount;
  }

  get url() {
    return stateOf(this).url.href;
  }

  get extensions() {
    stateOf(this);
    return '';
  }

  get protocol() {
    return stateOf(this).protocol;
  }
}

for (const name of ['close', 'send', 'readyState', 'bufferedAmount', 'url', 'extensions', 'protocol']) {
  Object.defineProperty(WebSocket.prototype, name, { enumerable: true });
}
for (const name of ['open', 'error', 'close', 'message']) defineEventHandler(WebSocket.prototype, name);
// After the handlers, where Node lists it; accessors from a literal get their names ("get binaryType").
Object.defineProperty(WebSocket.prototype, 'binaryType', {
  ...Object.getOwnPropertyDescriptor({
    get binaryType() {
      return stateOf(this).binaryType;
    },
    set binaryType(value) {
      const state = stateOf(this);
      if (value === 'blob' || value === 'arraybuffer') state.binaryType = value;
    },
  }, 'binaryType'),
  enumerable: true,
});
for (const [name, value] of Object.entries({ CONNECTING, OPEN, CLOSING, CLOSED })) {
  Object.defineProperty(WebSocket, name, { value, enumerable: true });
  Object.defineProperty(WebSocket.prototype, name, { value, enumerable: true });
}
Object.defineProperty(WebSocket.prototype, Symbol.toStringTag, { value: 'WebSocket', configurable: true });

function sendClose(state, code, reason) {
  state.sentClose = true;
  state.socket.write(encodeFrame(opcodes.close, closePayload(code, code === undefined ? '' : reason ?? '')));
}

// The opening handshake (RFC 6455 §4.1) as an http GET with undici's headers, on a connection of its own.
function connect(websocket, protocols, extraFields) {
  const state = websocket[kState];
  const { url } = state;
  const secure = url.protocol === 'wss:';
  let transport;
  try {
    transport = require(secure ? 'https' : 'http');
  } catch {
    process.nextTick(() => failConnection(websocket));
    return;
  }
  const key = randomBytes(16).toString('base64');
  const headers = ['host', url.host, 'connection', 'upgrade', 'upgrade', 'websocket'];
  const given = new Set();
  for (const [name, value] of extraFields) {
    given.add(name.toLowerCase());
    headers.push(name, value);
  }
  headers.push('sec-websocket-key', key, 'sec-websocket-version', '13');
  if (protocols.length > 0) headers.push('sec-websocket-protocol', protocols.join(', '));
  for (const [name, value] of defaultHeaders) if (!given.has(name)) headers.push(name, value);
  const request = transport.request({
    hostname: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port === '' ? (secure ? 443 : 80) : Number(url.port),
    path: `${url.pathname}${url.search}`,
    method: 'GET',
    headers,
    setHost: false,
    agent: false,
  });
  state.request = request;
  request.on('error', () => failConnection(websocket));
  request.on('response', (response) => {
    response.resume();
    failConnection(websocket);
  });
  request.on('upgrade', (response, socket, head) => {
    state.request = null;
    state.socket = socket;
    // Frames are small and interactive: Nagle's algorithm would hold one back for the peer's delayed ACK.
    socket.setNoDelay(true);
    socket.on('error', () => {});
    socket.on('close', () => finish(websocket));
    if (state.failed || !acceptHandshake(state, response, key, protocols)) {
      failConnection(websocket);
      return;
    }
    state.readyState = OPEN;
    websocket.dispatchEvent(new Event('open'));
    const reader = new FrameReader(
      (opcode, bytes) => deliverMessage(websocket, opcode, bytes),
      (opcode, bytes) => onControlFrame(websocket, reader, opcode, bytes));
    const read = (chunk) => {
      try {
        reader.push(chunk);
      } catch (err) {
        if (!(err instanceof ProtocolError)) throw err;
        reader.stopped = true;
        failConnection(websocket, err.closeCode, err.message);
      }
    };
    if (head.length > 0) read(head);
    socket.on('data', read);
    socket.resume();
  });
  request.end();
}

function acceptHandshake(state, response, key, protocols) {
  const { headers } = response;
  if (response.statusCode !== 101) return false;
  if (headers.upgrade?.toLowerCase() !== 'websocket') return false;
  if (headers.connection?.toLowerCase() !== 'upgrade') return false;
  const expected = createHash('sha1').update(`${key}${acceptGuid}`).digest('base64');
  if (headers['sec-websocket-accept'] !== expected) return false;
  // We offer no extension, so the server may not use one.
  if (headers['sec-websocket-extensions'] !== undefined) return false;
  const protocol = headers['sec-websocket-protocol'];
  if (protocol === undefined ? protocols.length > 0 : !protocols.includes(protocol)) return false;
  state.protocol = protocol ?? '';
  return true;
}

function deliverMessage(websocket, opcode, bytes) {
  const state = websocket[kState];
  if (state.readyState !== OPEN) return;
  let data;
  if (opcode === opcodes.text) {
    try {
      data = strictUtf8.decode(bytes);
    } catch {
      throw new ProtocolError(1007, 'Received invalid UTF-8 in text frame.');
    }
  } else if (state.binaryType === 'blob') {
    data = new Blob([bytes]);
  } else {
    data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }
  websocket.dispatchEvent(new MessageEvent('message', { data, origin: state.url.origin }));
}

function onControlFrame(websocket, reader, opcode, bytes) {
  const state = websocket[kState];
  if (opcode === opcodes.ping) {
    if (!state.sentClose) state.socket.write(encodeFrame(opcodes.pong, bytes));
    return;
  }
  if (opcode !== opcodes.close) return;
  let code = 1005;
  let reason = '';
  if (bytes.length === 1) throw new ProtocolError(1002, 'Received close frame with a 1-byte body.');
  if (bytes.length >= 2) {
    code = bytes.readUInt16BE(0);
    try {
      reason = strictUtf8.decode(bytes.subarray(2));
    } catch {
      throw new ProtocolError(1007, 'Invalid UTF-8 in close reason.');
    }
  }
  state.receivedClose = { code, reason };
  reader.stopped = true;
  // Answer with the same code (and no reason), then let the connection end.
  if (!state.sentClose) sendClose(state, code === 1005 ? undefined : code, '');
  state.readyState = CLOSING;
  state.socket.end();
}

// "Fail the WebSocket connection": tell the server why when it can hear it, and drop the connection; the
// error and close events follow when it is gone.
function failConnection(websocket, code = undefined, reason = '') {
  const state = websocket[kState];
  if (state.failed || state.readyState === CLOSED) return;
  state.failed = true;
  state.readyState = CLOSING;
  if (state.socket !== null) {
    if (!state.sentClose && code !== undefined) sendClose(state, code, reason);
    const { socket } = state;
    socket.end(() => socket.destroy());
    return;
  }
  if (state.request !== null) {
    const { request } = state;
    state.request = null;
    request.destroy();
  }
  process.nextTick(() => finish(websocket));
}

// The connection is gone: the close event, after an error event unless both close frames were exchanged.
function finish(websocket) {
  const state = websocket[kState];
  if (state.readyState === CLOSED) return;
  state.readyState = CLOSED;
  const clean = !state.failed && state.sentClose && state.receivedClose !== null;
  if (!clean && (state.failed || state.receivedClose === null)) {
    websocket.dispatchEvent(new ErrorEvent('error', { error: new TypeError('') }));
  }
  const { code, reason } = !state.failed && state.receivedClose !== null ? state.receivedClose : { code: 1006, reason: '' };
  websocket.dispatchEvent(new CloseEvent('close', { wasClean: clean, code, reason }));
}

module.exports = { WebSocket };
