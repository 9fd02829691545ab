'use strict';
// fetch(): the Fetch standard's fetching over node:http's client, with what Node's fetch (undici) sends and
// answers: its default request headers, redirects (at most 20), content decoding, abort and its errors
// ("fetch failed" with the reason as `cause`). data: and blob: URLs are answered without the network.

const { Request, requestParts } = require('internal/fetch/request');
const { createResponse, nullBodyStatuses, redirectStatuses } = require('internal/fetch/response');
const { Headers, copyHeaders, headerFields, appendField, deleteField } = require('internal/fetch/headers');
const { BodyRecord } = require('internal/fetch/body');
const { ReadableStream } = require('internal/webstreams/readablestream');
const { codes: { ERR_JNODE_UNSUPPORTED } } = require('internal/errors');

const maxRedirects = 20;
// Headers fetch never sends as given: node:http writes the framing, fetch the host and connection.
const replacedHeaders = new Set(['host', 'connection', 'content-length']);
// ... and those undici refuses to send at all.
const refusedHeaders = new Set(['keep-alive', 'transfer-encoding', 'upgrade', 'expect']);
const defaultHeaders = [['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'],
  ['user-agent', 'node'], ['accept-encoding', 'gzip, deflate']];
// Methods whose requests announce an empty body rather than none.
const payloadMethods = new Set(['POST', 'PUT', 'PATCH', 'QUERY']);
const requestBodyHeaders = ['content-encoding', 'content-language', 'content-location', 'content-type'];
// The Fetch standard's bad ports: fetching them fails before any connection.
const badPorts = new Set([0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87,
  95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
  512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719,
  1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697,
  10080]);

let sharedAgent;
// One keep-alive agent, as undici's global dispatcher; its idle sockets do not keep the process alive.
function agent() {
  sharedAgent ??= new (require('http').Agent)({ keepAlive: true });
  return sharedAgent;
}

function networkError(cause) {
  return new TypeError('fetch failed', { cause });
}

function fetch(input, init = undefined) {
  return new Promise((resolve, reject) => {
    new Fetching(new Request(input, init), resolve, reject).start();
  });
}

// One call of fetch(): the request as it goes through redirects, and what is in flight.
class Fetching {
  constructor(request, resolve, reject) {
    const { state, headers, signal } = requestParts(request);
    this.method = state.method;
    this.urlList = state.urlList.slice();
    this.headers = copyHeaders(headers);
    this.body = state.body;
    this.redirectMode = state.redirect;
    this.signal = signal;
    this.resolve = resolve;
    this.reject = reject;
    this.settled = false;
    this.clientRequest = null;
    this.bodyController = null;
    this.redirectCount = 0;
  }

  start() {
    if (this.signal.aborted) {
      this.fail(this.signal.reason);
      return;
    }
    this.onAbort = () => this.abort(this.signal.reason);
    this.signal.addEventListener('abort', this.onAbort, { once: true });
    if (this.body !== null && this.body.bytes !== null) this.body.consumed = true;
    const url = new URL(this.urlList[0]);
    switch (url.protocol) {
      case 'http:':
      case 'https:':
        this.send();
        break;
      case 'data:':
        this.answerLocally(() => dataUrlResponse(url));
        break;
      case 'blob:':
        this.answerLocally(() => blobUrlResponse(url, this.method));
        break;
      case 'file:':
        this.fail(networkError(new Error('not implemented... yet...')));
        break;
      case 'about:':
        this.fail(networkError(new Error('about scheme is not supported')));
        break;
      default:
        this.fail(networkError(new Error('unknown scheme')));
    }
  }

  answerLocally(makeResponse) {
    let parts;
    try {
      parts = makeResponse();
    } catch (cause) {
      this.fail(networkError(cause));
      return;
    }
    this.succeed(createResponse({ type: 'basic', urlList: this.urlList, ...parts }));
  }

  succeed(response) {
    if (this.settled) return;
    this.settled = true;
    this.resolve(response);
  }

  fail(error) {
    this.signal?.removeEventListener('abort', this.onAbort);
    if (this.settled) return;
    this.settled = true;
    this.reject(error);
  }

  abort(reason) {
    this.clientRequest?.destroy();
    if (this.bodyController !== null) {
      try {
        this.bodyController.error(reason);
      } catch {
        // The body was already closed or errored: nothing left to abort.
      }
    }
    this.fail(reason);
  }

  currentUrl() {
    return new URL(this.urlList[this.urlList.length - 1]);
  }

  send() {
    const url = this.currentUrl();
    const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
    if (badPorts.has(port)) {
      this.fail(networkError(new Error('bad port')));
      return;
    }
    let transport;
    try {
      transport = require(url.protocol === 'https:' ? 'https' : 'http');
    } catch (cause) {
      this.fail(networkError(cause));
      return;
    }
    const fields = ['host', url.host, 'connection', this.headers.get('connection') ?? 'keep-alive'];
    const given = new Set();
    for (const [name, value] of headerFields(this.headers)) {
      const key = name.toLowerCase();
      if (replacedHeaders.has(key)) continue;
      if (refusedHeaders.has(key)) {
        this.fail(networkError(key === 'expect' ? new NotSupportedError('expect header not supported') :
          new InvalidArgumentError(`invalid ${key} header`)));
        return;
      }
      given.add(key);
      fields.push(name, value);
    }
    for (const [name, value] of defaultHeaders) if (!given.has(name)) fields.push(name, value);
    const bytes = this.body === null ? null : this.body.bytes;
    if (bytes !== null) fields.push('content-length', `${bytes.byteLength}`);
    else if (this.body !== null) fields.push('transfer-encoding', 'chunked');
    else if (this.body === null && payloadMethods.has(this.method)) fields.push('content-length', '0');

    let request;
    try {
      request = transport.request({
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port,
        path: `${url.pathname}${url.search}`,
        method: this.method,
        headers: fields,
        setHost: false,
        agent: url.protocol === 'https:' ? undefined : agent(),
      });
    } catch (cause) {
      this.fail(networkError(cause));
      return;
    }
    this.clientRequest = request;
    request.on('error', (err) => {
      if (this.clientRequest === request) this.fail(networkError(connectionError(err)));
    });
    request.on('response', (incoming) => this.onResponse(request, incoming));
    if (bytes !== null) request.end(require('buffer').Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    else if (this.body === null) request.end();
    else this.writeStream(request, this.body.stream);
  }

  async writeStream(request, stream) {
    const reader = stream.getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        if (request.destroyed) return;
        if (!request.write(value)) await new Promise((resolve) => request.once('drain', resolve));
      }
      request.end();
    } catch (err) {
      request.destroy(err);
      this.fail(networkError(err));
    }
  }

  onResponse(request, incoming) {
    if (this.settled) {
      incoming.destroy();
      return;
    }
    const status = incoming.statusCode;
    const headers = new Headers();
    const raw = incoming.rawHeaders;
    for (let i = 0; i < raw.length; i += 2) appendField(headers, raw[i].toLowerCase(), raw[i + 1]);
    if (redirectStatuses.has(status) && headers.has('location') && this.redirectMode !== 'manual') {
      incoming.resume();
      this.redirect(status, headers.get('location'));
      return;
    }
    let body = null;
    if (this.method === 'HEAD' || nullBodyStatuses.has(status)) {
      incoming.resume();
    } else {
      body = new BodyRecord(this.bodyStreamOf(incoming, headers.get('content-encoding')), null);
    }
    this.signal.removeEventListener('abort', this.onAbort);
    if (body !== null) this.signal.addEventListener('abort', this.onAbort, { once: true });
    this.succeed(createResponse({
      type: 'basic', status, statusText: incoming.statusMessage, urlList: this.urlList, headers, body,
    }));
  }

  redirect(status, location) {
    let next;
    try {
      next = new URL(location, this.currentUrl());
    } catch (cause) {
      this.fail(networkError(cause));
      return;
    }
    if (this.redirectMode === 'error') {
      this.fail(networkError(new Error('unexpected redirect')));
      return;
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      this.fail(networkError(new Error('URL scheme must be a HTTP(S) scheme')));
      return;
    }
    if (this.redirectCount === maxRedirects) {
      this.fail(networkError(new Error('redirect count exceeded')));
      return;
    }
    this.redirectCount++;
    // A body read from a stream cannot be sent again.
    if (status !== 303 && this.body !== null && this.body.bytes === null) {
      this.fail(networkError(new Error('')));
      return;
    }
    if (((status === 301 || status === 302) && this.method === 'POST') ||
      (status === 303 && this.method !== 'GET' && this.method !== 'HEAD')) {
      this.method = 'GET';
      this.body = null;
      for (const name of requestBodyHeaders) deleteField(this.headers, name);
    }
    if (next.origin !== this.currentUrl().origin) {
      for (const name of ['authorization', 'proxy-authorization', 'cookie']) deleteField(this.headers, name);
    }
    if (next.hash === '') next.hash = this.currentUrl().hash;
    this.urlList.push(next.href);
    this.send();
  }

  // The response body as a byte stream: decoded as Content-Encoding says, read from the socket only as
  // fast as the stream is read (a paused source leaves the bytes in the kernel).
  bodyStreamOf(incoming, contentEncoding) {
    const source = decodedSource(incoming, contentEncoding);
    return new ReadableStream({
      type: 'bytes',
      start: (controller) => {
        this.bodyController = controller;
        source.on('data', (chunk) => {
          // The chunk may be a view into a shared buffer: the stream takes ownership of what it enqueues.
          controller.enqueue(new Uint8Array(chunk));
          if (controller.desiredSize <= 0) source.pause();
        });
        source.once('end', () => {
          this.signal.removeEventListener('abort', this.onAbort);
          controller.close();
          controller.byobRequest?.respond(0);
        });
        source.once('error', (err) => {
          this.signal.removeEventListener('abort', this.onAbort);
          if (!this.signal.aborted) controller.error(bodyError(err));
        });
        source.pause();
      },
      pull: () => {
        source.resume();
      },
      cancel: () => {
        this.signal.removeEventListener('abort', this.onAbort);
        incoming.destroy();
        if (source !== incoming) source.destroy();
      },
    });
  }
}

// undici's own error classes, as the `cause` of its failures.
function undiciError(name, code) {
  return {
    [name]: class extends Error {
      constructor(message) {
        super(message);
        this.name = name;
        this.code = code;
      }
    },
  }[name];
}
const SocketError = undiciError('SocketError', 'UND_ERR_SOCKET');
const InvalidArgumentError = undiciError('InvalidArgumentError', 'UND_ERR_INVALID_ARG');
const NotSupportedError = undiciError('NotSupportedError', 'UND_ERR_NOT_SUPPORTED');

// undici's names for what node:http reports: a connection the server closed early is "other side closed".
function connectionError(err) {
  const hungUp = err.code === 'ECONNRESET' && (err.message === 'socket hang up' || err.message === 'aborted');
  return hungUp ? new SocketError('other side closed') : err;
}

// A body that cannot be read to its end is undici's "terminated" (what jnode lacks stays its own error).
function bodyError(err) {
  if (err.code === 'ERR_JNODE_UNSUPPORTED') return err;
  return new TypeError('terminated', { cause: connectionError(err) });
}

// The body's bytes with the content codings undone, last applied first (unknown codings are left as they are).
function decodedSource(incoming, contentEncoding) {
  if (contentEncoding === null) return incoming;
  const codings = contentEncoding.toLowerCase().split(',').map((coding) => coding.trim()).filter(Boolean).reverse();
  const zlib = require('zlib');
  const lenient = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const decoders = [];
  for (const coding of codings) {
    if (coding === 'gzip' || coding === 'x-gzip') decoders.push(zlib.createGunzip(lenient));
    else if (coding === 'deflate') decoders.push(deflateDecoder(zlib, lenient));
    else if (coding === 'br') decoders.push(unsupportedDecoder('brotli content-encoding in fetch'));
    else return incoming;
  }
  if (decoders.length === 0) return incoming;
  const { pipeline } = require('stream');
  const last = decoders[decoders.length - 1];
  pipeline(incoming, ...decoders, (err) => {
    if (err && !last.destroyed) last.destroy(err);
  });
  return last;
}

// "deflate" is meant to be zlib-wrapped, but servers also send raw deflate: the first byte tells them apart
// (a zlib header's low nibble is compression method 8).
function deflateDecoder(zlib, options) {
  const { Transform } = require('stream');
  let inflater = null;
  return new Transform({
    transform(chunk, encoding, callback) {
      if (inflater === null) {
        inflater = (chunk[0] & 0x0f) === 0x08 ? zlib.createInflate(options) : zlib.createInflateRaw(options);
        inflater.on('data', (data) => this.push(data));
        inflater.on('error', (err) => this.destroy(err));
      }
      if (inflater.write(chunk)) callback();
      else inflater.once('drain', callback);
    },
    flush(callback) {
      if (inflater === null) {
        callback();
        return;
      }
      inflater.once('end', () => callback());
      inflater.end();
    },
  });
}

function unsupportedDecoder(what) {
  const { PassThrough } = require('stream');
  const decoder = new PassThrough();
  process.nextTick(() => decoder.destroy(new ERR_JNODE_UNSUPPORTED(what)));
  return decoder;
}

// ---- data: URLs (Fetch standard §4.2) ----

const base64Pattern = /;[\t\n\f\r ]*base64$/i;

function percentDecode(text) {
  const bytes = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x25 && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (code < 0x80) {
      bytes.push(code);
    } else {
      bytes.push(...new TextEncoder().encode(text[i]));
    }
  }
  return Uint8Array.from(bytes);
}

// The standard's "forgiving-base64 decode"; null on failure.
function forgivingBase64(text) {
  let data = text.replace(/[\t\n\f\r ]/g, '');
  if (data.length % 4 === 0) data = data.replace(/={1,2}$/, '');
  if (data.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(data)) return null;
  return Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0));
}

function dataUrlResponse(url) {
  const { MIMEType } = require('internal/mime');
  const serialized = url.href.slice('data:'.length).replace(/#.*$/, '');
  const comma = serialized.indexOf(',');
  if (comma === -1) throw new Error('failed to fetch the data URL');
  let mimeType = serialized.slice(0, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  let bytes = percentDecode(serialized.slice(comma + 1));
  if (base64Pattern.test(mimeType)) {
    let latin1 = '';
    for (const byte of bytes) latin1 += String.fromCharCode(byte);
    bytes = forgivingBase64(latin1);
    if (bytes === null) throw new Error('failed to fetch the data URL');
    mimeType = mimeType.replace(base64Pattern, '');
  }
  if (mimeType.startsWith(';')) mimeType = `text/plain${mimeType}`;
  let contentType;
  try {
    contentType = `${new MIMEType(mimeType)}`;
  } catch {
    contentType = 'text/plain;charset=US-ASCII';
  }
  const headers = new Headers();
  appendField(headers, 'content-type', contentType);
  return { statusText: 'OK', headers, body: new BodyRecord(null, bytes) };
}

function blobUrlResponse(url, method) {
  const { resolveObjectURL, blobBytes } = require('internal/blob');
  const blob = method === 'GET' ? resolveObjectURL(url.href) : undefined;
  if (blob === undefined) throw new Error('invalid method');
  const headers = new Headers();
  appendField(headers, 'content-length', `${blob.size}`);
  appendField(headers, 'content-type', blob.type);
  return { statusText: 'OK', headers, body: new BodyRecord(null, blobBytes(blob)) };
}

module.exports = { fetch };
