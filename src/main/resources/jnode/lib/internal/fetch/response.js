'use strict';
// The Fetch standard's Response, with undici's messages and inspect output. `createResponse` builds the ones
// fetch() and the static methods return (their headers immutable, as undici's).

const { inspect } = require('internal/util/inspect');
const { Headers, byteString, fillHeaders, copyHeaders, guardOf, setGuard, appendField } = require('internal/fetch/headers');
const {
  extractBody, isBodyUnusable, cloneBody, mixinBody, illegalInvocation,
} = require('internal/fetch/body');

const kState = Symbol('response state');
const kHeaders = Symbol('response headers');

const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
// RFC 9110's reason-phrase: HTAB, SP, VCHAR and obs-text.
const reasonPhrase = /^[\t\x20-\x7e\x80-\xff]*$/;

function stateOf(self) {
  if (self === null || typeof self !== 'object' || !(kState in self)) throw illegalInvocation();
  return self[kState];
}

function requireArguments(where, given, needed) {
  if (given < needed) throw new TypeError(`${where}: ${needed} argument required, but 0 found.`);
}

// WebIDL's `unsigned short`.
function toUnsignedShort(value) {
  const number = Math.trunc(Number(value));
  return Number.isFinite(number) ? ((number % 65536) + 65536) % 65536 : 0;
}

/**
 * A Response from its parts: `{ type, status, statusText, urlList, body, headers, guard }`, where `headers` is a
 * Headers (taken, not copied) and `body` a BodyRecord or null.
 */
function createResponse({ type = 'default', status = 200, statusText = '', urlList = [], body = null,
  headers = new Headers(), guard = 'immutable' }) {
  const response = Object.create(Response.prototype);
  response[kState] = { type, status, statusText, urlList, body };
  response[kHeaders] = setGuard(headers, guard);
  return response;
}

// The standard's "initialize a response".
function initialize(response, init, body) {
  if (init.status !== undefined) {
    const status = toUnsignedShort(init.status);
    if (status < 200 || status > 599) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
    response[kState].status = status;
  }
  if (init.statusText !== undefined) {
    const statusText = byteString(init.statusText, 'ResponseInit');
    if (!reasonPhrase.test(statusText)) throw new TypeError('Invalid statusText');
    response[kState].statusText = statusText;
  }
  if (init.headers !== undefined) fillHeaders(response[kHeaders], init.headers);
  if (body !== null) {
    if (nullBodyStatuses.has(response[kState].status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${response[kState].status}`);
    }
    response[kState].body = body.body;
    if (body.type !== null && !response[kHeaders].has('content-type')) {
      appendField(response[kHeaders], 'content-type', body.type);
    }
  }
}

function checkInit(init) {
  if (init === undefined || init === null) return {};
  if (typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError(`undefined: Expected ${inspect(init)} to be one of: Null, Undefined, Object.`);
  }
  return init;
}

class Response {
  constructor(body = null, init = undefined) {
    init = checkInit(init);
    this[kState] = { type: 'default', status: 200, statusText: '', urlList: [], body: null };
    this[kHeaders] = new Headers();
    initialize(this, init, body === null || body === undefined ? null : extractBody(body));
  }

  static error() {
    return createResponse({ type: 'error', status: 0 });
  }

  static json(data, init = undefined) {
    requireArguments('Response.json', arguments.length, 1);
    init = checkInit(init);
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const response = createResponse({ guard: 'response' });
    const body = extractBody(text);
    initialize(response, init, { body: body.body, type: 'application/json' });
    return response;
  }

  static redirect(url, status = 302) {
    requireArguments('Response.redirect', arguments.length, 1);
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (cause) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause });
    }
    status = toUnsignedShort(status);
    if (!redirectStatuses.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const headers = new Headers();
    appendField(headers, 'location', parsed.href);
    return createResponse({ status, headers });
  }

  get type() {
    return stateOf(this).type;
  }

  get url() {
    const { urlList } = stateOf(this);
    if (urlList.length === 0) return '';
    const last = new URL(urlList[urlList.length - 1]);
    last.hash = '';
    return last.href;
  }

  get redirected() {
    return stateOf(this).urlList.length > 1;
  }

  get status() {
    return stateOf(this).status;
  }

  get ok() {
    const { status } = stateOf(this);
    return status >= 200 && status <= 299;
  }

  get statusText() {
    return stateOf(this).statusText;
  }

  get headers() {
    stateOf(this);
    return this[kHeaders];
  }

  clone() {
    const state = stateOf(this);
    if (isBodyUnusable(state.body)) throw new TypeError('Response.clone: Body has already been consumed.');
    return createResponse({
      ...state,
      urlList: state.urlList.slice(),
      body: state.body === null ? null : cloneBody(state.body),
      headers: copyHeaders(this[kHeaders]),
      guard: guardOf(this[kHeaders]),
    });
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return 'Response {}';
    const shown = {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      body: this.body,
      bodyUsed: this.bodyUsed,
      ok: this.ok,
      redirected: this.redirected,
      type: this.type,
      url: this.url,
    };
    return `Response ${inspect(shown, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}

for (const name of ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'clone']) {
  Object.defineProperty(Response.prototype, name, {
    ...Object.getOwnPropertyDescriptor(Response.prototype, name), enumerable: true,
  });
}
mixinBody(Response, (self) => ({ body: stateOf(self).body, headers: self[kHeaders] }));
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });

module.exports = { Response, createResponse, nullBodyStatuses, redirectStatuses };
