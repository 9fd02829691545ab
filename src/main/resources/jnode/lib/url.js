'use strict';
// node:url: the WHATWG classes and helpers (lib/internal/url.js) and the legacy API (url.parse, url.format,
// url.resolve, Url), whose lenient parsing Node keeps for compatibility, quirks included.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL, ERR_JNODE_UNSUPPORTED },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const {
  URL, URLSearchParams, isURL, fileURLToPath, fileURLToPathBuffer, pathToFileURL, urlToHttpOptions,
  domainToASCII, domainToUnicode, formatURL,
} = require('internal/url');
const { isInsideNodeModules } = require('internal/util/caller');
const { asciiTable, encodeStr } = require('internal/querystring');

let querystring;
function lazyQuerystring() {
  querystring ??= require('querystring');
  return querystring;
}

// Protocols that never have a host ("javascript:alert(1)"), and those whose URLs always have "//".
const hostlessProtocols = new Set(['javascript', 'javascript:']);
const slashedProtocols = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const authorityWithAt = /^\/\/[^@/]+@[^@/]+/;
// A path with an optional query and nothing else: the common case, parsed without the general machinery.
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLength = 255;
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenIpv6HostChars = /[\0\t\n\r #%/<>?@\\^|]/;
// Never part of a hostname (RFC 2396): where one appears, the host has ended.
const nonHostChars = new Set('\t\n\r "%\';<>\\^`{|}');
const hostEndChars = new Set('#/?');
// Escaped in the path, query and hash even though encodeURIComponent would not touch some of them.
const autoEscaped = new Map(Object.entries({
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
}));

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

let parseWarned = false;
let invalidPortWarned = false;

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!parseWarned && !isInsideNodeModules()) {
    parseWarned = true;
    process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have security ' +
      'implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.',
    'DeprecationWarning', 'DEP0169');
  }
  if (url instanceof Url) return url;
  const urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

function isWhitespace(code) {
  return code < 33 || code === 0xA0 || code === 0xFEFF;
}

/** Trims whitespace and turns backslashes before the query or hash into slashes; notes "@" and "#". */
function prepareInput(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isWhitespace(url.charCodeAt(start))) start++;
  while (end > start && isWhitespace(url.charCodeAt(end - 1))) end--;
  let rest = '';
  let hasAt = false;
  let hasHash = false;
  let split = false;
  for (let i = start; i < end; i++) {
    const c = url[i];
    if (!split) {
      if (c === '@') hasAt = true;
      else if (c === '#' || c === '?') {
        split = true;
        hasHash = c === '#';
      }
      rest += c === '\\' ? '/' : c;
    } else {
      if (c === '#') hasHash = true;
      rest += c;
    }
  }
  return { rest, hasAt, hasHash };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let { rest, hasAt, hasHash } = prepareInput(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = simplePathPattern.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? lazyQuerystring().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let lowerProto;
  const proto = protocolPattern.exec(rest);
  if (proto) {
    lowerProto = proto[0].toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto[0].length);
  }

  let slashes;
  if (slashesDenoteHost || proto || authorityWithAt.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocols.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocols.has(lowerProto) && (slashes || (proto && !slashedProtocols.has(proto[0])))) {
    rest = this.parseAuthority(rest, url);
  }

  if (lowerProto !== 'javascript' && lowerProto !== 'javascript:') {
    rest = escapeUnsafe(rest);
  }

  const hashAt = rest.indexOf('#');
  if (hashAt !== -1) this.hash = rest.slice(hashAt);
  const beforeHash = hashAt === -1 ? rest : rest.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt !== -1) {
    this.search = beforeHash.slice(queryAt);
    this.query = beforeHash.slice(queryAt + 1);
    if (parseQueryString) this.query = lazyQuerystring().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  const pathname = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  if (pathname.length > 0) this.pathname = pathname;
  if (slashedProtocols.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

/**
 * Takes auth, host, port and hostname from the start of rest; returns what follows. The last "@" before the
 * host ends decides where the auth ends: http://a@b@c/ has auth "a@b" and host "c".
 */
Url.prototype.parseAuthority = function parseAuthority(rest, url) {
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length && hostEnd === -1; i++) {
    const c = rest[i];
    if (nonHostChars.has(c)) {
      if (nonHost === -1) nonHost = i;
    } else if (hostEndChars.has(c)) {
      if (nonHost === -1) nonHost = i;
      hostEnd = i;
    } else if (c === '@') {
      atSign = i;
      nonHost = -1;
    }
  }
  let start = 0;
  if (atSign !== -1) {
    this.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    this.host = rest.slice(start);
    rest = '';
  } else {
    this.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }
  this.parseHost();
  if (typeof this.hostname !== 'string') this.hostname = '';
  const ipv6 = this.hostname.length > 1 && this.hostname[0] === '[' && this.hostname.endsWith(']');
  if (!ipv6) {
    // A "/", "\", "#", "?" or ":" left in the hostname starts the path.
    const cut = this.hostname.search(/[/\\#?:]/);
    if (cut !== -1) {
      // A ":" here starts a port that is not a number: tolerated, with a warning (once per process).
      if (this.hostname[cut] === ':' && !invalidPortWarned) {
        invalidPortWarned = true;
        process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
                            'DeprecationWarning', 'DEP0170');
      }
      rest = `/${this.hostname.slice(cut)}${rest}`;
      this.hostname = this.hostname.slice(0, cut);
    }
  }
  this.hostname = this.hostname.length > hostnameMaxLength ? '' : this.hostname.toLowerCase();
  if (this.hostname !== '') {
    if (ipv6) {
      if (forbiddenIpv6HostChars.test(this.hostname)) throw new ERR_INVALID_URL(url);
    } else {
      this.hostname = domainToASCII(this.hostname);
      // Characters toASCII let through (or an empty result) could spoof a host: refuse rather than guess.
      if (this.hostname === '' || forbiddenHostChars.test(this.hostname)) throw new ERR_INVALID_URL(url);
    }
  }
  this.host = this.hostname + (this.port ? `:${this.port}` : '');
  if (ipv6) {
    this.hostname = this.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
};

function escapeUnsafe(rest) {
  let out = '';
  let last = 0;
  for (let i = 0; i < rest.length; i++) {
    const escaped = autoEscaped.get(rest[i]);
    if (escaped === undefined) continue;
    out += rest.slice(last, i) + escaped;
    last = i + 1;
  }
  return last === 0 ? rest : out + rest.slice(last);
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portPattern.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// Characters the auth part keeps as they are when formatted.
const authSafe = asciiTable("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!'()*-._~:");

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeStr(auth, authSafe)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const bracketed = this.hostname.includes(':') &&
      !(this.hostname[0] === '[' && this.hostname.endsWith(']'));
    host = auth + (bracketed ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  let query = '';
  if (this.query !== null && typeof this.query === 'object') query = lazyQuerystring().stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
  // Only the slashed protocols get "//" (not mailto:, xmpp:, ...), unless the URL had them.
  if (this.slashes || slashedProtocols.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replaceAll('#', '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    return formatURL(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function finish(result) {
  result.href = result.format();
  return result;
}

function pathOf(result) {
  return (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
}

/** Puts a leading host@ (or user@host) segment back as hostname and host, and auth. */
function takeHostFrom(result, host) {
  result.hostname = result.host = host;
  const parts = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : null;
  if (parts) {
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }
  const result = new Url();
  Object.assign(result, this);
  // The hash always comes from the relative URL, even when that is empty.
  result.hash = relative.hash;
  if (relative.href === '') return finish(result);

  // "//host/path": everything but the protocol comes from the relative URL.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    if (slashedProtocols.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    return finish(resolveOtherProtocol(result, relative));
  }

  const isSourceAbs = Boolean(result.pathname && result.pathname[0] === '/');
  const isRelAbs = Boolean(relative.host || (relative.pathname && relative.pathname[0] === '/'));
  let mustEndAbs = Boolean(isRelAbs || isSourceAbs || (result.host && relative.pathname));
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  // In a URL without "//" (mailto:, ...), "../" may climb into the host: it is treated as a path segment.
  const noLeadingSlashes = result.protocol && !slashedProtocols.has(result.protocol);
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // A relative path replaces the last segment of the source's.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a new query ("?x").
    if (noLeadingSlashes) takeHostFrom(result, srcPath.shift());
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) result.path = pathOf(result);
    return finish(result);
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // A path ending in "." or ".." (or "/") keeps a trailing slash; one ending in a name does not get one.
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0][0] !== '/')) srcPath.unshift('');
  if (hasTrailingSlash && !srcPath.join('/').endsWith('/')) srcPath.push('');
  const isAbsolute = srcPath[0] === '' || Boolean(srcPath[0] && srcPath[0][0] === '/');
  if (noLeadingSlashes) takeHostFrom(result, isAbsolute ? '' : srcPath.length ? srcPath.shift() : '');
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');
  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null) result.path = pathOf(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
};

/**
 * A relative URL with a protocol of its own. Unknown protocols are taken whole; for a slashed protocol
 * other than file:, the first path segment becomes the host when the relative URL has none.
 */
function resolveOtherProtocol(result, relative) {
  if (!slashedProtocols.has(relative.protocol)) {
    Object.assign(result, relative);
    return result;
  }
  result.protocol = relative.protocol;
  if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocols.has(relative.protocol)) {
    const relPath = (relative.pathname || '').split('/');
    while (relPath.length && !(relative.host = relPath.shift()));
    if (!relative.host) relative.host = '';
    if (!relative.hostname) relative.hostname = '';
    if (relPath[0] !== '') relPath.unshift('');
    if (relPath.length < 2) relPath.unshift('');
    result.pathname = relPath.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) result.path = pathOf(result);
  result.slashes = result.slashes || relative.slashes;
  return result;
}

class URLPattern {
  constructor() {
    throw new ERR_JNODE_UNSUPPORTED('URLPattern');
  }
}

module.exports = {
  // Legacy API.
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  // WHATWG API.
  URL,
  URLPattern,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  // Utilities.
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
