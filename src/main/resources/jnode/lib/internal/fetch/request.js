'use strict';
// The Fetch standard's Request, with undici's messages and inspect output. Node has no document, so there is
// no base URL, no origin checks and no window.

const { inspect } = require('internal/util/inspect');
const { Headers, fillHeaders, copyHeaders, appendField } = require('internal/fetch/headers');
const {
  extractBody, isBodyUnusable, cloneBody, transferBody, mixinBody, illegalInvocation,
} = require('internal/fetch/body');

const kState = Symbol('request state');
const kHeaders = Symbol('request headers');
const kSignal = Symbol('request signal');

const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
const corsSafelistedMethods = new Set(['GET', 'HEAD', 'POST']);

const enumerations = {
  referrerPolicy: ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin',
    'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'],
  mode: ['navigate', 'same-origin', 'no-cors', 'cors'],
  credentials: ['omit', 'same-origin', 'include'],
  cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
  redirect: ['follow', 'manual', 'error'],
  duplex: ['half'],
};

function stateOf(self) {
  if (self === null || typeof self !== 'object' || !(kState in self)) throw illegalInvocation();
  return self[kState];
}

function enumerated(init, member) {
  const value = `${init[member]}`;
  if (!enumerations[member].includes(value)) {
    throw new TypeError(`undefined: ${value} is not an accepted type. Expected one of ${enumerations[member].join(', ')}.`);
  }
  return value;
}

function parseUrl(input) {
  try {
    return new URL(`${input}`);
  } catch (cause) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause });
  }
}

function validateMethod(value) {
  const method = `${value}`;
  if (!tokenPattern.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
  const upper = method.toUpperCase();
  if (forbiddenMethods.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
  if (normalizedMethods.has(upper)) return upper;
  if (upper === 'PATCH' && method !== 'PATCH') {
    process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is ' +
      'much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
  }
  return method;
}

// A signal that follows `parent` (a Request's own signal is never the one it was given).
function followingSignal(parent) {
  const controller = new AbortController();
  if (parent !== null) {
    if (parent.aborted) controller.abort(parent.reason);
    else parent.addEventListener('abort', () => controller.abort(parent.reason), { once: true });
  }
  return controller.signal;
}

class Request {
  constructor(input, init = undefined) {
    if (arguments.length < 1) throw new TypeError('Request constructor: 1 argument required, but 0 found.');
    if (init === undefined || init === null) init = {};
    else if (typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError(`undefined: Expected ${inspect(init)} to be one of: Null, Undefined, Object.`);
    }
    let state;
    let inputBody = null;
    let parentSignal = null;
    if (input instanceof Request) {
      const from = stateOf(input);
      state = { ...from, urlList: from.urlList.slice() };
      inputBody = from.body;
      parentSignal = input[kSignal];
    } else {
      const url = parseUrl(input);
      if (url.username !== '' || url.password !== '') {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      state = {
        method: 'GET', urlList: [url.href], referrer: 'client', referrerPolicy: '', mode: 'cors',
        credentials: 'same-origin', cache: 'default', redirect: 'follow', integrity: '', keepalive: false,
        body: null,
      };
    }
    state.body = null;
    const initGiven = Object.keys(init).length > 0 || Reflect.ownKeys(init).length > 0;
    if (init.window !== undefined && init.window !== null) throw new TypeError("'window' option 'client' must be null");
    if (initGiven) {
      if (state.mode === 'navigate') state.mode = 'same-origin';
      state.referrer = 'client';
      state.referrerPolicy = '';
    }
    if (init.referrer !== undefined) {
      const referrer = `${init.referrer}`;
      if (referrer === '') {
        state.referrer = 'no-referrer';
      } else {
        let parsed;
        try {
          parsed = new URL(referrer);
        } catch (cause) {
          throw new TypeError(`Referrer "${referrer}" is not a valid URL.`, { cause });
        }
        state.referrer = parsed.href === 'about:client' ? 'client' : parsed.href;
      }
    }
    if (init.referrerPolicy !== undefined) state.referrerPolicy = enumerated(init, 'referrerPolicy');
    if (init.mode !== undefined) {
      const mode = enumerated(init, 'mode');
      if (mode === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
      state.mode = mode;
    }
    if (init.credentials !== undefined) state.credentials = enumerated(init, 'credentials');
    if (init.cache !== undefined) state.cache = enumerated(init, 'cache');
    if (state.cache === 'only-if-cached' && state.mode !== 'same-origin') {
      throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
    }
    if (init.redirect !== undefined) state.redirect = enumerated(init, 'redirect');
    if (init.integrity !== undefined) state.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) state.keepalive = Boolean(init.keepalive);
    if (init.method !== undefined) state.method = validateMethod(init.method);
    if (init.signal !== undefined) {
      if (init.signal !== null && !(init.signal instanceof AbortSignal)) {
        throw new TypeError(`RequestInit: Expected signal ("${inspect(init.signal)}") to be an instance of AbortSignal.`);
      }
      parentSignal = init.signal;
    }
    this[kState] = state;
    this[kSignal] = followingSignal(parentSignal);

    let headers = new Headers();
    if (init.headers !== undefined) fillHeaders(headers, init.headers);
    else if (input instanceof Request) headers = copyHeaders(input[kHeaders]);
    this[kHeaders] = headers;
    if (state.mode === 'no-cors' && !corsSafelistedMethods.has(state.method)) {
      throw new TypeError(`'${state.method} is unsupported in no-cors mode.`);
    }

    const hasInitBody = init.body !== undefined && init.body !== null;
    if ((hasInitBody || inputBody !== null) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    if (hasInitBody) {
      const { body, type } = extractBody(init.body, state.keepalive);
      if (type !== null && !headers.has('content-type')) appendField(headers, 'content-type', type);
      if (body.bytes === null && init.duplex === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      state.body = body;
    }
    if (init.duplex !== undefined) enumerated(init, 'duplex');
    if (!hasInitBody && inputBody !== null) {
      if (isBodyUnusable(inputBody)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      state.body = transferBody(inputBody);
    }
  }

  get method() {
    return stateOf(this).method;
  }

  get url() {
    const { urlList } = stateOf(this);
    return urlList[0];
  }

  get headers() {
    stateOf(this);
    return this[kHeaders];
  }

  get destination() {
    stateOf(this);
    return '';
  }

  get referrer() {
    const { referrer } = stateOf(this);
    if (referrer === 'no-referrer') return '';
    if (referrer === 'client') return 'about:client';
    return referrer;
  }

  get referrerPolicy() {
    return stateOf(this).referrerPolicy;
  }

  get mode() {
    return stateOf(this).mode;
  }

  get credentials() {
    return stateOf(this).credentials;
  }

  get cache() {
    return stateOf(this).cache;
  }

  get redirect() {
    return stateOf(this).redirect;
  }

  get integrity() {
    return stateOf(this).integrity;
  }

  get keepalive() {
    return stateOf(this).keepalive;
  }

  get isReloadNavigation() {
    stateOf(this);
    return false;
  }

  get isHistoryNavigation() {
    stateOf(this);
    return false;
  }

  get signal() {
    stateOf(this);
    return this[kSignal];
  }

  get duplex() {
    stateOf(this);
    return 'half';
  }

  clone() {
    const state = stateOf(this);
    if (isBodyUnusable(state.body)) throw new TypeError('unusable');
    const copy = Object.create(Request.prototype);
    copy[kState] = { ...state, urlList: state.urlList.slice(), body: state.body === null ? null : cloneBody(state.body) };
    copy[kHeaders] = copyHeaders(this[kHeaders]);
    copy[kSignal] = followingSignal(this[kSignal]);
    return copy;
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return 'Request {}';
    const shown = {};
    for (const name of ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode',
      'credentials', 'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation',
      'signal']) {
      shown[name] = this[name];
    }
    return `Request ${inspect(shown, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}

for (const name of Object.getOwnPropertyNames(Request.prototype)) {
  if (name === 'constructor') continue;
  Object.defineProperty(Request.prototype, name, {
    ...Object.getOwnPropertyDescriptor(Request.prototype, name), enumerable: true,
  });
}
mixinBody(Request, (self) => ({ body: stateOf(self).body, headers: self[kHeaders] }));
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

// What fetch() needs of a Request: its state (method, urlList, body, redirect, ...), headers and signal.
function requestParts(request) {
  return { state: stateOf(request), headers: request[kHeaders], signal: request[kSignal] };
}

module.exports = { Request, requestParts };
