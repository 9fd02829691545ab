'use strict';
// node:url: the WHATWG classes and helpers (lib/internal/url.js) and the legacy API (url.parse, url.format,
// url.resolve, Url). The legacy parser is lenient and keeps the quirks Node documents for url.parse(); its
// results are plain objects with twelve nullable fields.

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
function qs() {
  querystring ??= require('querystring');
  return querystring;
}

// The fields of a legacy URL object, in the order Node shows them.
const LEGACY_FIELDS = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query',
  'pathname', 'path', 'href'];

// Schemes that never carry a host (javascript:alert(1)), schemes written with "//", and file: (which keeps
// "//" even with an empty host). Each is listed with and without its colon, as callers pass either.
const withColon = (names) => new Set(names.flatMap((name) => [name, `${name}:`]));
const HOSTLESS_SCHEMES = withColon(['javascript']);
const SLASHED_SCHEMES = withColon(['http', 'https', 'ftp', 'gopher', 'file', 'ws', 'wss']);
const FILE_SCHEMES = withColon(['file']);

const SCHEME_PREFIX = /^[a-z0-9.+-]+:/i;
const TRAILING_PORT = /:[0-9]*$/;
const USERINFO_AFTER_SLASHES = /^\/\/[^@/]+@[^@/]+/;
// "/path?query" without anything else: the common case, which skips the general parser.
const PLAIN_PATH = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const MAX_HOSTNAME_LENGTH = 255;
const BAD_HOST_CHAR = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const BAD_IPV6_HOST_CHAR = /[\0\t\n\r #%/<>?@\\^|]/;
// Characters RFC 2396 never allows in a hostname (the host ends before them) and those that start the path.
const HOST_STOPPERS = new Set('\t\n\r "%\';<>\\^`{|}');
const PATH_STARTERS = new Set('#/?');
// Left in the hostname after the port was split off, these start the path instead.
const HOSTNAME_SPILL = /[/\\#?:]/;
// Percent-escaped in path, query and hash although encodeURIComponent would leave some of them alone.
const UNSAFE_ESCAPES = new Map(Object.entries({
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
}));
// Kept verbatim in the userinfo when formatting.
const USERINFO_SAFE = asciiTable("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!'()*-._~:");

function Url() {
  for (const field of LEGACY_FIELDS) this[field] = null;
}

const warnedOnce = new Set();
function warnOnce(code, message) {
  if (warnedOnce.has(code)) return;
  warnedOnce.add(code);
  process.emitWarning(message, 'DeprecationWarning', code);
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!warnedOnce.has('DEP0169') && !isInsideNodeModules()) {
    warnOnce('DEP0169', '`url.parse()` behavior is not standardized and prone to errors that have security ' +
      'implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.');
  }
  if (url instanceof Url) return url;
  const parsed = new Url();
  parsed.parse(url, parseQueryString, slashesDenoteHost);
  return parsed;
}

const isBlank = (code) => code <= 0x20 || code === 0xA0 || code === 0xFEFF;

/**
 * The input with surrounding blanks trimmed and every "\" before the first "?" or "#" turned into "/";
 * also whether an "@" came before that point and whether a "#" appears anywhere.
 */
function normalizeInput(url) {
  let from = 0;
  let to = url.length;
  while (from < to && isBlank(url.charCodeAt(from))) from++;
  while (to > from && isBlank(url.charCodeAt(to - 1))) to--;
  const trimmed = url.slice(from, to);
  const headEnd = trimmed.search(/[?#]/);
  const head = headEnd === -1 ? trimmed : trimmed.slice(0, headEnd);
  const tail = headEnd === -1 ? '' : trimmed.slice(headEnd);
  return {
    text: head.replaceAll('\\', '/') + tail,
    sawAt: head.includes('@'),
    sawHash: tail.includes('#'),
  };
}

/** Query and search from "?..." (or their absence), decoded into an object when asked. */
function applyQuery(target, search, parseQueryString) {
  if (search) {
    target.search = search;
    target.query = parseQueryString ? qs().parse(search.slice(1)) : search.slice(1);
  } else if (parseQueryString) {
    target.search = null;
    target.query = { __proto__: null };
  }
}

function escapeUnsafe(text) {
  let escaped = '';
  for (const ch of text) escaped += UNSAFE_ESCAPES.get(ch) ?? ch;
  return escaped;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  const { text, sawAt, sawHash } = normalizeInput(url);

  const plain = !slashesDenoteHost && !sawHash && !sawAt ? PLAIN_PATH.exec(text) : null;
  if (plain) {
    this.path = this.href = text;
    this.pathname = plain[1];
    applyQuery(this, plain[2], parseQueryString);
    return this;
  }

  let rest = text;
  const schemeMatch = SCHEME_PREFIX.exec(rest);
  // As written (a quirk: "HTTP:x" is not a slashed scheme below) and lower-cased (what the object gets).
  const schemeAsWritten = schemeMatch?.[0];
  const scheme = schemeAsWritten?.toLowerCase();
  if (schemeMatch) {
    this.protocol = scheme;
    rest = rest.slice(schemeAsWritten.length);
  }

  const hostless = HOSTLESS_SCHEMES.has(scheme);
  const slashesSeen = Boolean(slashesDenoteHost || schemeMatch || USERINFO_AFTER_SLASHES.test(rest)) &&
    rest.startsWith('//');
  if (slashesSeen && !hostless) {
    rest = rest.slice(2);
    this.slashes = true;
  }
  const hasAuthority = !hostless && (slashesSeen || (schemeMatch && !SLASHED_SCHEMES.has(schemeAsWritten)));
  if (hasAuthority) rest = takeAuthority(this, rest, url);
  if (!hostless) rest = escapeUnsafe(rest);

  const hashStart = rest.indexOf('#');
  const beforeHash = hashStart === -1 ? rest : rest.slice(0, hashStart);
  if (hashStart !== -1) this.hash = rest.slice(hashStart);
  const searchStart = beforeHash.indexOf('?');
  applyQuery(this, searchStart === -1 ? '' : beforeHash.slice(searchStart), parseQueryString);
  const pathname = searchStart === -1 ? beforeHash : beforeHash.slice(0, searchStart);
  if (pathname !== '') this.pathname = pathname;
  else if (SLASHED_SCHEMES.has(scheme) && this.hostname) this.pathname = '/';
  if (this.pathname || this.search) this.path = joinPath(this);
  this.href = this.format();
  return this;
};

/** Where the authority ends in rest, and where the userinfo ends inside it (-1 when there is none). */
function measureAuthority(rest) {
  let lastAt = -1;
  let hostEnd = -1;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === '@') {
      lastAt = i;
      hostEnd = -1;
    } else if (PATH_STARTERS.has(ch)) {
      if (hostEnd === -1) hostEnd = i;
      break;
    } else if (HOST_STOPPERS.has(ch) && hostEnd === -1) {
      hostEnd = i;
    }
  }
  return { lastAt, hostEnd: hostEnd === -1 ? rest.length : hostEnd };
}

/**
 * Reads userinfo, host and port from the start of rest into target; returns what follows them. The last "@"
 * wins: http://a@b@c/ has auth "a@b" and host "c".
 */
function takeAuthority(target, rest, url) {
  const { lastAt, hostEnd } = measureAuthority(rest);
  if (lastAt !== -1) target.auth = decodeURIComponent(rest.slice(0, lastAt));
  target.host = rest.slice(lastAt + 1, hostEnd);
  let after = rest.slice(hostEnd);
  target.parseHost();
  let hostname = typeof target.hostname === 'string' ? target.hostname : '';
  const bracketed = hostname.length > 1 && hostname[0] === '[' && hostname.at(-1) === ']';
  if (!bracketed) {
    const spill = hostname.search(HOSTNAME_SPILL);
    if (spill !== -1) {
      if (hostname[spill] === ':') {
        warnOnce('DEP0170', `The URL ${url} is invalid. Future versions of Node.js will throw an error.`);
      }
      after = `/${hostname.slice(spill)}${after}`;
      hostname = hostname.slice(0, spill);
    }
  }
  hostname = hostname.length > MAX_HOSTNAME_LENGTH ? '' : hostname.toLowerCase();
  if (hostname !== '' && !bracketed) {
    hostname = internalBinding('url').legacyDomainToAscii(hostname);
    // Whatever toASCII lets through (or an empty result) could spoof another host: refuse it.
    if (hostname === '' || BAD_HOST_CHAR.test(hostname)) throw new ERR_INVALID_URL(url);
  } else if (hostname !== '' && BAD_IPV6_HOST_CHAR.test(hostname)) {
    throw new ERR_INVALID_URL(url);
  }
  target.host = target.port ? `${hostname}:${target.port}` : hostname;
  target.hostname = bracketed ? hostname.slice(1, -1) : hostname;
  if (bracketed && after[0] !== '/') after = `/${after}`;
  return after;
}

Url.prototype.format = function format() {
  const protocol = !this.protocol || this.protocol.endsWith(':') ? (this.protocol || '') : `${this.protocol}:`;
  const hostText = this.host || hostFromParts(this.hostname, this.port);
  const authority = hostText ? (this.auth ? `${encodeStr(this.auth, USERINFO_SAFE)}@` : '') + hostText : '';
  let pathname = (this.pathname || '').replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));
  const queryText = this.query !== null && typeof this.query === 'object' ? qs().stringify(this.query) : '';
  const search = prefixed('?', (this.search || (queryText && `?${queryText}`) || '').replaceAll('#', '%23'));

  // "//" for slashed schemes (not mailto:, xmpp:, ...) and for URLs that were written with it.
  let prefix = authority;
  if (this.slashes || SLASHED_SCHEMES.has(protocol)) {
    if (this.slashes || authority) {
      prefix = `//${authority}`;
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
    } else if (protocol.startsWith('file')) {
      prefix = '//';
    }
  }
  return protocol + prefix + pathname + search + prefixed('#', this.hash || '');
};

function hostFromParts(hostname, port) {
  if (!hostname) return '';
  // An IPv6 address gets its brackets back.
  const needsBrackets = hostname.includes(':') && !(hostname[0] === '[' && hostname.at(-1) === ']');
  const name = needsBrackets ? `[${hostname}]` : hostname;
  return port ? `${name}:${port}` : name;
}

const prefixed = (mark, text) => (text && text[0] !== mark ? mark + text : text);

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

Url.prototype.resolveObject = function resolveObject(relative) {
  const rel = typeof relative === 'string' ? parseRelative(relative) : relative;
  const result = Object.assign(new Url(), this);
  // The fragment always comes from the relative reference, even an absent one.
  result.hash = rel.hash;
  if (rel.href !== '') {
    if (rel.slashes && !rel.protocol) adoptNetworkPath(result, rel);
    else if (rel.protocol && rel.protocol !== result.protocol) adoptOtherScheme(result, rel);
    else mergeSameScheme(result, rel);
  }
  result.href = result.format();
  return result;
};

Url.prototype.parseHost = function parseHost() {
  const port = TRAILING_PORT.exec(this.host);
  let hostname = this.host;
  if (port) {
    if (port[0].length > 1) this.port = port[0].slice(1);
    hostname = hostname.slice(0, port.index);
  }
  if (hostname) this.hostname = hostname;
};

function parseRelative(text) {
  const parsed = new Url();
  parsed.parse(text, false, true);
  return parsed;
}

const joinPath = (obj) => (obj.pathname || '') + (obj.search || '');

function takeSearch(result, rel) {
  result.search = rel.search;
  result.query = rel.query;
}

/** "//host/path": everything but the scheme comes from the reference. */
function adoptNetworkPath(result, rel) {
  for (const key of Object.keys(rel)) {
    if (key !== 'protocol') result[key] = rel[key];
  }
  if (SLASHED_SCHEMES.has(result.protocol) && result.hostname && !result.pathname) {
    result.path = result.pathname = '/';
  }
}

/**
 * A reference with a scheme of its own. An unknown scheme is taken whole; a slashed scheme other than file:
 * without a host ("http:example.com/x") takes its host from the first named path segment.
 */
function adoptOtherScheme(result, rel) {
  if (!SLASHED_SCHEMES.has(rel.protocol)) {
    Object.assign(result, rel);
    return;
  }
  result.protocol = rel.protocol;
  result.pathname = rel.pathname;
  if (!rel.host && !FILE_SCHEMES.has(rel.protocol)) {
    const segments = (rel.pathname || '').split('/');
    const named = segments.findIndex((segment) => segment !== '');
    rel.host = named === -1 ? '' : segments[named];
    rel.hostname ||= '';
    const remainder = named === -1 ? '' : segments.slice(named + 1).join('/');
    result.pathname = remainder[0] === '/' ? remainder : `/${remainder}`;
  }
  takeSearch(result, rel);
  result.host = rel.host || '';
  result.auth = rel.auth;
  result.hostname = rel.hostname || rel.host;
  result.port = rel.port;
  if (result.pathname || result.search) result.path = joinPath(result);
  result.slashes ||= rel.slashes;
}

const segmentsOf = (pathname) => (pathname ? pathname.split('/') : []);
const startsRooted = (segments) => segments[0] === '' || Boolean(segments[0]?.startsWith('/'));

/**
 * Schemes without "//" (mailto:, ...) have no real host: it is moved into the path, so that "../" can climb
 * into it, and `cleared` is what host, hostname and port are left holding.
 */
function hostIntoPath(obj, segments, cleared) {
  if (obj.host) {
    if (segments[0] === '') segments[0] = obj.host;
    else segments.unshift(obj.host);
  }
  obj.host = obj.hostname = cleared;
  obj.port = null;
}

/** The reverse of hostIntoPath: a leading "user@host" or "host" segment becomes auth and host again. */
function hostFromPath(result, segment) {
  const at = segment ? segment.indexOf('@') : -1;
  if (at > 0) {
    result.auth = segment.slice(0, at);
    segment = segment.slice(at + 1).split('@')[0];
  }
  result.host = result.hostname = segment;
}

/** A host the reference spells out (even an empty one) replaces the base's; a different one drops its userinfo. */
function adoptHost(result, rel) {
  for (const field of ['host', 'hostname']) {
    const value = rel[field];
    if (!value && value !== '') continue;
    if (result[field] !== value) result.auth = null;
    result[field] = value;
    if (field === 'host') result.port = rel.port;
  }
}

/** "." and ".." removed against the segments before them; the ".." that found nothing to remove are counted. */
function collapseDots(segments) {
  const kept = [];
  let unmatched = 0;
  for (const segment of segments) {
    if (segment === '.') continue;
    if (segment !== '..') kept.push(segment);
    else if (kept.length > 0) kept.pop();
    else unmatched++;
  }
  return { kept, unmatched };
}

function mergeSameScheme(result, rel) {
  const baseRooted = Boolean(result.pathname && result.pathname[0] === '/');
  const relRooted = Boolean(rel.host || (rel.pathname && rel.pathname[0] === '/'));
  const absoluteFromStart = relRooted || baseRooted || Boolean(result.host && rel.pathname);
  let mustBeAbsolute = absoluteFromStart;
  let segments = segmentsOf(result.pathname);
  const relSegments = segmentsOf(rel.pathname);
  const opaqueHost = Boolean(result.protocol) && !SLASHED_SCHEMES.has(result.protocol);
  if (opaqueHost) {
    hostIntoPath(result, segments, '');
    if (rel.protocol) {
      // A complete opaque URL brings its own userinfo, or none.
      hostIntoPath(rel, relSegments, null);
      result.auth = null;
    }
    mustBeAbsolute &&= relSegments[0] === '' || segments[0] === '';
  }

  if (relRooted) {
    adoptHost(result, rel);
    takeSearch(result, rel);
    segments = relSegments;
  } else if (relSegments.length > 0) {
    // The reference replaces the base's last segment.
    segments = segments.slice(0, -1).concat(relSegments);
    takeSearch(result, rel);
  } else if (rel.search !== null && rel.search !== undefined) {
    // Nothing but a new query.
    if (opaqueHost) hostFromPath(result, segments.shift());
    takeSearch(result, rel);
    if (result.pathname !== null || result.search !== null) result.path = joinPath(result);
    return;
  }

  if (segments.length === 0) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return;
  }

  // Ending in "" (a slash), or in a dot segment of a path with a host or more than one segment, the result
  // keeps a trailing slash.
  const final = segments.at(-1);
  const endsAsDirectory = final === '' ||
    ((final === '.' || final === '..') && Boolean(result.host || rel.host || segments.length > 1));

  const { kept, unmatched } = collapseDots(segments);
  segments = kept;
  if (!absoluteFromStart) segments.unshift(...new Array(unmatched).fill('..'));
  if (mustBeAbsolute && !startsRooted(segments)) segments.unshift('');
  if (endsAsDirectory && !segments.join('/').endsWith('/')) segments.push('');

  const rooted = startsRooted(segments);
  if (opaqueHost) hostFromPath(result, rooted || segments.length === 0 ? '' : segments.shift());
  if ((mustBeAbsolute || (result.host && segments.length > 0)) && !rooted) segments.unshift('');

  if (segments.length > 0) {
    result.pathname = segments.join('/');
  } else {
    result.pathname = result.path = null;
  }
  if (result.pathname !== null || result.search !== null) result.path = joinPath(result);
  result.auth = rel.auth || result.auth;
  result.slashes ||= rel.slashes;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') return urlParse(urlObject).format();
  if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  }
  return isURL(urlObject) ? formatURL(urlObject, options) : Url.prototype.format.call(urlObject);
}

const urlResolve = (source, relative) => urlParse(source, false, true).resolve(relative);
const urlResolveObject = (source, relative) =>
  (source ? urlParse(source, false, true).resolveObject(relative) : relative);

class URLPattern {
  constructor() {
    throw new ERR_JNODE_UNSUPPORTED('URLPattern');
  }
}

const legacyApi = { Url, parse: urlParse, resolve: urlResolve, resolveObject: urlResolveObject, format: urlFormat };
const whatwgApi = { URL, URLPattern, URLSearchParams, domainToASCII, domainToUnicode };
const fileAndHttpHelpers = { pathToFileURL, fileURLToPath, fileURLToPathBuffer, urlToHttpOptions };
module.exports = { ...legacyApi, ...whatwgApi, ...fileAndHttpHelpers };
