'use strict';
// The WHATWG URL and URLSearchParams classes and the file: URL helpers. Parsing and the setters run in Java
// (internalBinding('url'), dev.jnode.url): a parse returns the href and leaves the offsets of its components
// in a shared Int32Array, so every getter is a slice of the href.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS, ERR_INVALID_TUPLE, ERR_INVALID_URL, ERR_INVALID_URL_SCHEME, ERR_JNODE_UNSUPPORTED,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

let binding;
let components;
function urlBinding() {
  if (binding === undefined) {
    binding = internalBinding('url');
    components = new Int32Array(binding.components());
  }
  return binding;
}

// Setter numbers of UrlBinding.update.
const kHref = 0;
const kProtocol = 1;
const kUsername = 2;
const kPassword = 3;
const kHost = 4;
const kHostname = 5;
const kPort = 6;
const kPathname = 7;
const kSearch = 8;
const kHash = 9;

function lazyInspect() {
  return require('internal/util/inspect').inspect;
}

function toUSVString(value) {
  return `${value}`.toWellFormed();
}

/** Where the components of an href start, as UrlBinding left them in the shared array. */
class UrlComponents {
  constructor(href) {
    this.href = href;
    this.protocolEnd = components[0];
    this.usernameEnd = components[1];
    this.hostStart = components[2];
    this.hostEnd = components[3];
    this.port = components[4];
    this.pathnameStart = components[5];
    this.searchStart = components[6];
    this.hashStart = components[7];
    this.hasHost = components[8] === 1;
  }
}

const contextSymbol = Symbol('context');
const kNone = 0xFFFFFFFF;
const schemeTypes = { 'http:': 0, 'https:': 2, 'ws:': 3, 'ftp:': 4, 'wss:': 5, 'file:': 6 };

/**
 * What util.inspect shows of a URL with showHidden: Node's internal record, in the layout of its ada binding
 * (host_start at the "@" after credentials, 0xFFFFFFFF for an absent port, search or hash).
 */
class URLContext {
  constructor(components) {
    const { href, protocolEnd, usernameEnd, hostStart } = components;
    this.href = href;
    this.protocol_end = protocolEnd;
    this.username_end = usernameEnd;
    this.host_start = hostStart > usernameEnd ? hostStart - 1 : hostStart;
    this.host_end = components.hostEnd;
    this.pathname_start = components.pathnameStart;
    this.search_start = components.searchStart === -1 ? kNone : components.searchStart;
    this.hash_start = components.hashStart === -1 ? kNone : components.hashStart;
    this.port = components.port === -1 ? kNone : components.port;
    this.scheme_type = schemeTypes[href.slice(0, protocolEnd)] ?? 1;
    for (const [name, test] of [['hasPort', () => this.port !== kNone], ['hasSearch', () => this.search_start !== kNone],
      ['hasHash', () => this.hash_start !== kNone]]) {
      Object.defineProperty(this, name, { get: test, enumerable: false, configurable: true });
    }
  }
}

// V8's words for the two ways Node's URL meets a wrong receiver: a private method's brand check (toString,
// toJSON, the href and search getters) and a private field read (everything else).
function receiverError() {
  return new TypeError('Receiver must be an instance of class URL');
}

function privateMemberError(field = '#context') {
  return new TypeError(`Cannot read private member ${field} from an object whose class did not declare it`);
}

let isURLInstance;
let checkURL;
let setSearchFromParams;

class URL {
  #context;
  #searchParams;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const href = urlBinding().parse(input, base === undefined ? null : base);
    if (href === null) throw new ERR_INVALID_URL(input, base);
    this.#context = new UrlComponents(href);
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    return urlBinding().canParse(input, base === undefined ? null : base);
  }

  static createObjectURL(obj) {
    return require('internal/blob').createObjectURL(obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    require('internal/blob').revokeObjectURL(`${url}`);
  }

  #update(setter, value) {
    const href = urlBinding().update(this.#context.href, setter, value);
    if (href === null) throw new ERR_INVALID_URL(value);
    this.#context = new UrlComponents(href);
    if (this.#searchParams !== undefined) replaceList(this.#searchParams, parseParams(this.search));
  }

  static {
    isURLInstance = (value) => typeof value === 'object' && value !== null && #context in value;
    checkURL = (value, error = privateMemberError) => {
      if (!isURLInstance(value)) throw error();
    };
    // Called by a URL's URLSearchParams when its list changed: the query becomes the list serialized.
    setSearchFromParams = (url, serialized) => {
      url.#context = new UrlComponents(urlBinding().update(url.#context.href, kSearch, serialized));
    };
  }

  [customInspect](depth, options) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = this.constructor ?? URL;
    const view = { __proto__: { constructor } };
    for (const name of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
      'pathname', 'search', 'searchParams', 'hash']) {
      view[name] = this[name];
    }
    if (options.showHidden) view[contextSymbol] = new URLContext(this.#context);
    return `${constructor.name} ${lazyInspect()(view, options)}`;
  }

  toString() {
    checkURL(this, receiverError);
    return this.#context.href;
  }

  get href() {
    checkURL(this, receiverError);
    return this.#context.href;
  }

  set href(value) {
    checkURL(this);
    this.#update(kHref, toUSVString(value));
  }

  get origin() {
    checkURL(this);
    const protocol = this.protocol;
    switch (protocol) {
      case 'http:': case 'https:': case 'ws:': case 'wss:': case 'ftp:':
        return `${protocol}//${this.host}`;
      case 'blob:':
        return urlBinding().origin(this.#context.href);
      default:
        return 'null';
    }
  }

  get protocol() {
    checkURL(this);
    return this.#context.href.slice(0, this.#context.protocolEnd);
  }

  set protocol(value) {
    checkURL(this);
    this.#update(kProtocol, toUSVString(value));
  }

  get username() {
    checkURL(this);
    const ctx = this.#context;
    return ctx.hasHost ? ctx.href.slice(ctx.protocolEnd + 2, ctx.usernameEnd) : '';
  }

  set username(value) {
    checkURL(this);
    this.#update(kUsername, toUSVString(value));
  }

  get password() {
    checkURL(this);
    const ctx = this.#context;
    if (ctx.usernameEnd < ctx.hostStart && ctx.href[ctx.usernameEnd] === ':') {
      return ctx.href.slice(ctx.usernameEnd + 1, ctx.hostStart - 1);
    }
    return '';
  }

  set password(value) {
    checkURL(this);
    this.#update(kPassword, toUSVString(value));
  }

  get host() {
    checkURL(this);
    const ctx = this.#context;
    const hostname = ctx.href.slice(ctx.hostStart, ctx.hostEnd);
    return ctx.port === -1 ? hostname : `${hostname}:${ctx.port}`;
  }

  set host(value) {
    checkURL(this);
    this.#update(kHost, toUSVString(value));
  }

  get hostname() {
    checkURL(this);
    return this.#context.href.slice(this.#context.hostStart, this.#context.hostEnd);
  }

  set hostname(value) {
    checkURL(this);
    this.#update(kHostname, toUSVString(value));
  }

  get port() {
    checkURL(this);
    return this.#context.port === -1 ? '' : `${this.#context.port}`;
  }

  set port(value) {
    checkURL(this);
    this.#update(kPort, toUSVString(value));
  }

  get pathname() {
    checkURL(this);
    const ctx = this.#context;
    const end = ctx.searchStart !== -1 ? ctx.searchStart : ctx.hashStart !== -1 ? ctx.hashStart : ctx.href.length;
    return ctx.href.slice(ctx.pathnameStart, end);
  }

  set pathname(value) {
    checkURL(this);
    this.#update(kPathname, toUSVString(value));
  }

  get search() {
    checkURL(this, receiverError);
    const ctx = this.#context;
    if (ctx.searchStart === -1) return '';
    const search = ctx.href.slice(ctx.searchStart, ctx.hashStart !== -1 ? ctx.hashStart : ctx.href.length);
    return search.length === 1 ? '' : search;
  }

  set search(value) {
    checkURL(this);
    this.#update(kSearch, toUSVString(value));
  }

  get searchParams() {
    checkURL(this, () => privateMemberError('#searchParams'));
    if (this.#searchParams === undefined) {
      this.#searchParams = new URLSearchParams(this.search);
      attachURL(this.#searchParams, this);
    }
    return this.#searchParams;
  }

  get hash() {
    checkURL(this);
    const ctx = this.#context;
    if (ctx.hashStart === -1 || ctx.hashStart === ctx.href.length - 1) return '';
    return ctx.href.slice(ctx.hashStart);
  }

  set hash(value) {
    checkURL(this);
    this.#update(kHash, toUSVString(value));
  }

  toJSON() {
    checkURL(this, receiverError);
    return this.#context.href;
  }
}


Object.defineProperties(URL.prototype, {
  [Symbol.toStringTag]: { configurable: true, value: 'URL' },
});
for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, name, { enumerable: true });
}
for (const name of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  Object.defineProperty(URL, name, { enumerable: true });
}

// ---------------------------------------------------------------------------------------------
// application/x-www-form-urlencoded

const formDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

function hexValue(code) {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

/** One name or value: "+" is a space, percent escapes are UTF-8 bytes (invalid sequences become U+FFFD). */
function decodeFormComponent(s) {
  if (s.indexOf('+') !== -1) s = s.replaceAll('+', ' ');
  if (s.indexOf('%') === -1) return s;
  const bytes = new TextEncoder().encode(s);
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    let hi;
    let lo;
    if (bytes[i] === 0x25 && i + 2 < bytes.length && (hi = hexValue(bytes[i + 1])) >= 0 &&
        (lo = hexValue(bytes[i + 2])) >= 0) {
      out[n++] = hi * 16 + lo;
      i += 2;
    } else {
      out[n++] = bytes[i];
    }
  }
  return formDecoder.decode(out.subarray(0, n));
}

/** The flat [name, value, name, value, ...] list of a query string. */
function parseParams(query) {
  const list = [];
  if (query[0] === '?') query = query.slice(1);
  for (const sequence of query.split('&')) {
    if (sequence === '') continue;
    const eq = sequence.indexOf('=');
    const name = eq === -1 ? sequence : sequence.slice(0, eq);
    const value = eq === -1 ? '' : sequence.slice(eq + 1);
    list.push(decodeFormComponent(name), decodeFormComponent(value));
  }
  return list;
}

// ASCII characters the form-urlencoded serializer leaves as they are.
const formSafe = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789*-._') formSafe[c.charCodeAt(0)] = 1;
const hexByte = Array.from({ length: 256 }, (_, b) => `%${b < 16 ? '0' : ''}${b.toString(16).toUpperCase()}`);

function encodeFormComponent(s) {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80 && formSafe[code] === 1) continue;
    out += s.slice(last, i);
    if (code === 0x20) {
      out += '+';
    } else if (code < 0x80) {
      out += hexByte[code];
    } else {
      const width = code >= 0xD800 && code <= 0xDBFF && i + 1 < s.length ? 2 : 1;
      out += encodeURIComponent(s.slice(i, i + width));
      i += width - 1;
    }
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

function serializeParams(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += `${encodeFormComponent(list[i])}=${encodeFormComponent(list[i + 1])}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// URLSearchParams

let attachURL;
let replaceList;
let listOf;
let checkParams;

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined) {
      // empty
    } else if ((typeof init === 'object' && init !== null) || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        this.#list = listFromPairs(init);
      } else {
        this.#list = listFromRecord(init);
      }
    } else {
      this.#list = parseParams(toUSVString(init));
    }
  }

  static {
    attachURL = (params, url) => { params.#url = url; };
    replaceList = (params, list) => { params.#list = list; };
    listOf = (params) => params.#list;
    checkParams = (value) => {
      if (typeof value !== 'object' || value === null || !(#list in value)) {
        throw new ERR_INVALID_THIS('URLSearchParams');
      }
    };
  }

  #changed() {
    if (this.#url !== null) {
      const serialized = serializeParams(this.#list);
      setSearchFromParams(this.#url, serialized === '' ? '' : `?${serialized}`);
    }
  }

  [customInspect](depth, options) {
    checkParams(this);
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const inner = { ...options };
    if (depth !== null) inner.depth = depth - 1;
    const inspect = lazyInspect();
    const entries = [];
    for (let i = 0; i < this.#list.length; i += 2) {
      entries.push(`${inspect(this.#list[i], inner)} => ${inspect(this.#list[i + 1], inner)}`);
    }
    const name = this.constructor.name;
    if (entries.length === 0) return `${name} {}`;
    const { stripVTControlCharacters } = require('internal/util/inspect');
    const width = entries.reduce((sum, entry) => sum + stripVTControlCharacters(entry).length + 2, -2);
    if (width > options.breakLength) return `${name} {\n  ${entries.join(',\n  ')} }`;
    return `${name} { ${entries.join(', ')} }`;
  }

  get size() {
    checkParams(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#changed();
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const doomedName = toUSVString(name);
    // With a value, only the pairs carrying exactly that value go.
    const doomedValue = value === undefined ? undefined : toUSVString(value);
    const matches = (pairName, pairValue) =>
      pairName === doomedName && (doomedValue === undefined || pairValue === doomedValue);
    const list = this.#list;
    const kept = [];
    for (let at = 0; at < list.length; at += 2) {
      if (!matches(list[at], list[at + 1])) kept.push(list[at], list[at + 1]);
    }
    list.splice(0, list.length, ...kept);
    this.#changed();
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    for (let i = 0; i < this.#list.length; i += 2) {
      if (this.#list[i] === name) return this.#list[i + 1];
    }
    return null;
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const values = [];
    for (let i = 0; i < this.#list.length; i += 2) {
      if (this.#list[i] === name) values.push(this.#list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < this.#list.length; i += 2) {
      if (this.#list[i] === name && (value === undefined || this.#list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this.#list;
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] !== name) {
        i += 2;
      } else if (!found) {
        list[i + 1] = value;
        found = true;
        i += 2;
      } else {
        list.splice(i, 2);
      }
    }
    if (!found) list.push(name, value);
    this.#changed();
  }

  sort() {
    checkParams(this);
    const pairs = [];
    for (let i = 0; i < this.#list.length; i += 2) pairs.push([this.#list[i], this.#list[i + 1]]);
    // Code-unit order, stable: what the Standard asks (not localeCompare).
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#list = pairs.flat();
    this.#changed();
  }

  entries() {
    checkParams(this);
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    validateFunction(callback, 'callback');
    // The list is read afresh on each step: the callback may change it.
    for (let i = 0; i < this.#list.length; i += 2) {
      callback.call(thisArg, this.#list[i + 1], this.#list[i], this);
    }
  }

  keys() {
    checkParams(this);
    return createIterator(this, 'key');
  }

  values() {
    checkParams(this);
    return createIterator(this, 'value');
  }

  toString() {
    checkParams(this);
    return serializeParams(this.#list);
  }
}


Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  configurable: true, writable: true, value: URLSearchParams.prototype.entries,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { configurable: true, value: 'URLSearchParams' });
for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys',
  'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, name, { enumerable: true });
}

function listFromPairs(init) {
  const pairs = [];
  for (const pair of init) {
    if (pair == null || (typeof pair !== 'object' && typeof pair !== 'function') ||
        typeof pair[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
    }
    const converted = [];
    for (const element of pair) converted.push(toUSVString(element));
    pairs.push(converted);
  }
  const list = [];
  for (const pair of pairs) {
    if (pair.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
    list.push(pair[0], pair[1]);
  }
  return list;
}

function listFromRecord(init) {
  const list = [];
  const indexOfName = new Map();
  for (const key of Reflect.ownKeys(init)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
    if (descriptor === undefined || !descriptor.enumerable) continue;
    const name = toUSVString(key);
    const value = toUSVString(init[key]);
    // Distinct keys with lone surrogates can become the same name: the later value wins.
    if (indexOfName.has(name)) {
      list[indexOfName.get(name) + 1] = value;
    } else {
      indexOfName.set(name, list.length);
      list.push(name, value);
    }
  }
  return list;
}

// The iterators of entries(), keys() and values(): they follow the live list, as the Standard's do.
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const iteratorState = new WeakMap();

const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype, {
  next: {
    configurable: true, enumerable: true, writable: true,
    value: function next() {
      const state = iteratorState.get(this);
      if (state === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      const list = listOf(state.params);
      if (state.index >= list.length) return { value: undefined, done: true };
      const name = list[state.index];
      const value = list[state.index + 1];
      state.index += 2;
      if (state.kind === 'key') return { value: name, done: false };
      if (state.kind === 'value') return { value, done: false };
      return { value: [name, value], done: false };
    },
  },
  [customInspect]: {
    configurable: true, writable: true,
    value: function inspectIterator(depth, options) {
      const state = iteratorState.get(this);
      if (state === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      const inner = { ...options };
      if (depth !== null) inner.depth = depth - 1;
      const list = listOf(state.params);
      const items = [];
      for (let i = state.index; i < list.length; i += 2) {
        if (state.kind === 'key') items.push(list[i]);
        else if (state.kind === 'value') items.push(list[i + 1]);
        else items.push([list[i], list[i + 1]]);
      }
      const inspect = lazyInspect();
      const multiline = inspect(items, inner).includes('\n');
      const texts = items.map((item) => inspect(item, inner));
      const body = multiline ? `\n  ${texts.join(',\n  ')}` : ` ${texts.join(', ')}`;
      return `${this[Symbol.toStringTag]} {${body} }`;
    },
  },
  [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams Iterator' },
});

function createIterator(params, kind) {
  const iterator = Object.create(URLSearchParamsIteratorPrototype);
  iteratorState.set(iterator, { params, kind, index: 0 });
  return iterator;
}

// ---------------------------------------------------------------------------------------------
// file: URLs and helpers of node:url

/** Node's duck-typed check for a WHATWG URL (a legacy Url object has auth and path). */
function isURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

function fileURLFromArgument(path) {
  if (typeof path === 'string') return new URL(path);
  if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  return path;
}

function checkedFilePathname(url) {
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  for (let i = 0; i + 2 < pathname.length; i++) {
    if (pathname[i] === '%' && pathname[i + 1] === '2' && (pathname.charCodeAt(i + 2) | 0x20) === 0x66) {
      throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', url.href);
    }
  }
  return pathname;
}

function windowsUnsupported(options, what) {
  if (options?.windows) throw new ERR_JNODE_UNSUPPORTED(`${what} with windows: true`);
}

function fileURLToPath(path, options = undefined) {
  windowsUnsupported(options, 'url.fileURLToPath');
  const pathname = checkedFilePathname(fileURLFromArgument(path));
  try {
    return decodeURIComponent(pathname);
  } catch {
    throw new URIError('URI malformed'); // V8's words (GraalJS says "invalid encoding")
  }
}

/** Like fileURLToPath, but the path's bytes as they are escaped, not decoded as UTF-8. */
function fileURLToPathBuffer(path, options = undefined) {
  windowsUnsupported(options, 'url.fileURLToPathBuffer');
  const pathname = checkedFilePathname(fileURLFromArgument(path));
  const { Buffer } = require('buffer');
  const parts = [];
  for (let i = 0; i < pathname.length; i++) {
    const hi = pathname[i] === '%' ? hexValue(pathname.charCodeAt(i + 1)) : -1;
    const lo = hi >= 0 ? hexValue(pathname.charCodeAt(i + 2)) : -1;
    if (lo >= 0) {
      parts.push(Buffer.from([hi * 16 + lo]));
      i += 2;
    } else {
      parts.push(Buffer.from(pathname[i]));
    }
  }
  return Buffer.concat(parts);
}

// What pathToFileURL escapes in a POSIX path besides controls and non-ASCII (as Node 24 does).
const pathEscaped = new Uint8Array(128);
for (let c = 0; c < 0x20; c++) pathEscaped[c] = 1;
for (const c of ' "#%<>?[\\]^`{|}~\x7f') pathEscaped[c.charCodeAt(0)] = 1;

function encodePathChars(path) {
  let out = '';
  let last = 0;
  for (let i = 0; i < path.length; i++) {
    const code = path.charCodeAt(i);
    if (code < 0x80 && pathEscaped[code] === 0) continue;
    out += path.slice(last, i);
    if (code < 0x80) {
      out += hexByte[code];
    } else {
      const width = code >= 0xD800 && code <= 0xDBFF && i + 1 < path.length ? 2 : 1;
      out += encodeURIComponent(path.slice(i, i + width).toWellFormed());
      i += width - 1;
    }
    last = i + 1;
  }
  return out + path.slice(last);
}

function pathToFileURL(filepath, options = undefined) {
  windowsUnsupported(options, 'url.pathToFileURL');
  const { validateString } = require('internal/validators');
  validateString(filepath, 'path');
  const path = require('path');
  let resolved = path.resolve(filepath);
  // path.resolve drops a trailing slash, which says the URL names a directory.
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return new URL(`file://${encodePathChars(resolved)}`);
}

/** The options http.request takes, from a URL (and whatever own properties a subclass instance has). */
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const unbracketed = hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname;
  const options = Object.assign({ __proto__: null }, url);
  Object.assign(options, {
    protocol: url.protocol, hostname: unbracketed, hash: url.hash, search, pathname,
    path: `${pathname || ''}${search || ''}`, href: url.href,
  });
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

// url.domainToASCII / url.domainToUnicode: IDNA processing by the URL binding; the one argument is required.
function convertDomain(argCount, domain, bindingMethod) {
  if (argCount === 0) throw new ERR_MISSING_ARGS('domain');
  return urlBinding()[bindingMethod](`${domain}`);
}

function domainToASCII(domain) {
  return convertDomain(arguments.length, domain, 'domainToAscii');
}

function domainToUnicode(domain) {
  return convertDomain(arguments.length, domain, 'domainToUnicode');
}

/** url.format(URL, options): the href without the parts the options leave out. */
function formatURL(url, options) {
  const parts = { fragment: true, unicode: false, search: true, auth: true };
  if (options) {
    require('internal/validators').validateObject(options, 'options');
    for (const name of Object.keys(parts)) {
      if (options[name] != null) parts[name] = Boolean(options[name]);
    }
  }
  return urlBinding().format(url.href, parts.fragment, parts.unicode, parts.search, parts.auth);
}

module.exports = {
  URL,
  URLSearchParams,
  isURL,
  isURLInstance,
  fileURLToPath,
  fileURLToPathBuffer,
  pathToFileURL,
  urlToHttpOptions,
  domainToASCII,
  domainToUnicode,
  formatURL,
  encodeFormComponent,
  toUSVString,
};
