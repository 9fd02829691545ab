'use strict';
// What node:dns and node:dns/promises share: the system lookup's argument handling and result order, the
// servers of a resolver, the record shapes of each query, and the constants. The queries themselves are
// internalBinding('dns')'s: getaddrinfo/getnameinfo on the work pool, and a DNS client (Netty's) per resolver.

const binding = internalBinding('dns');
const { isIP } = require('net');
const { getOptionValue } = require('internal/options');
const {
  codedError, codes: { ERR_DNS_SET_SERVERS_FAILED, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS, ERR_MISSING_ARGS },
} = require('internal/errors');
const {
  validateArray, validateBoolean, validateFunction, validateInt32, validateNumber, validateOneOf, validatePort,
  validateString, validateUint32,
} = require('internal/validators');

// getaddrinfo's hint flags (Linux values).
const ADDRCONFIG = 32;
const V4MAPPED = 8;
const ALL = 16;

// c-ares's error names, exported as dns.NODATA etc.
const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND', NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME', BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE',
  NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

const DNS_PORT = 53;
const orders = ['verbatim', 'ipv4first', 'ipv6first'];
let defaultResultOrder;

function getDefaultResultOrder() {
  defaultResultOrder ??= getOptionValue('--dns-result-order') ?? 'verbatim';
  return defaultResultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', orders);
  defaultResultOrder = order;
}

// ---- lookup ----

let emptyHostnameWarned = false;

/**
 * Checks dns.lookup's arguments in Node's order and answers { hostname, family, hints, all, order };
 * options is a family number or an object. checkCallback validates the callback (the promise API has none)
 * at the point Node does: after the name, before the options. Only the callback API takes 'IPv4'/'IPv6'.
 */
function lookupOptions(hostname, options, checkCallback, familyNames) {
  if (hostname) validateString(hostname, 'hostname');
  const chosen = { hostname, family: 0, hints: 0, all: false, order: getDefaultResultOrder() };
  const isObject = options !== null && typeof options === 'object';
  if (typeof options === 'number') {
    checkCallback();
    validateOneOf(options, 'family', [0, 4, 6]);
    chosen.family = options;
  } else if (isObject || options === undefined) {
    checkCallback();
    if (isObject) applyLookupObject(chosen, options, familyNames);
  } else {
    checkCallback(options);
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  }
  if (!hostname && !emptyHostnameWarned) {
    emptyHostnameWarned = true;
    process.emitWarning(`The provided hostname "${hostname}" is not a valid hostname, and is supported in the ` +
      'dns module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
  }
  return chosen;
}

const familiesByName = { __proto__: null, IPv4: 4, IPv6: 6 };

// The options object's fields, checked in Node's order (which decides the error when several are wrong).
function applyLookupObject(chosen, options, familyNames) {
  const { hints, family, all, verbatim, order } = options;
  if (hints != null) {
    validateNumber(hints, 'options.hints');
    chosen.hints = hints >>> 0;
    validateHints(chosen.hints);
  }
  if (family != null) {
    chosen.family = (familyNames && familiesByName[family]) || family;
    validateOneOf(chosen.family, 'options.family', [0, 4, 6]);
  }
  if (all != null) {
    validateBoolean(all, 'options.all');
    chosen.all = all;
  }
  if (verbatim != null) {
    validateBoolean(verbatim, 'options.verbatim');
    chosen.order = verbatim ? 'verbatim' : 'ipv4first';
  }
  if (order != null) {
    validateOneOf(order, 'options.order', orders);
    chosen.order = order;
  }
}

function validateHints(hints) {
  if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) throw new ERR_INVALID_ARG_VALUE('hints', hints);
}

/**
 * Runs getaddrinfo for a checked lookup; done(err, entries) gets [{ address, family }] in the asked order.
 * Names that need no resolver (none, or a literal) answer on the next tick.
 */
function systemLookup({ hostname, family, hints, all, order }, done) {
  if (!hostname) {
    process.nextTick(done, null, []);
    return;
  }
  const literalFamily = isIP(hostname);
  if (literalFamily !== 0) {
    process.nextTick(done, null, [{ address: hostname, family: literalFamily }]);
    return;
  }
  const { dnsException } = require('internal/errors');
  const timing = startTiming();
  binding.getAddrInfo(toASCII(hostname), family, hints, bindCallback((errno, flat) => {
    if (errno !== 0) {
      done(dnsException(errno, 'getaddrinfo', hostname));
      return;
    }
    const entries = [];
    for (let i = 0; i < flat.length; i += 2) entries.push({ address: flat[i], family: flat[i + 1] });
    if (order !== 'verbatim') {
      const first = order === 'ipv4first' ? 4 : 6;
      entries.sort((a, b) => (a.family === first ? 0 : 1) - (b.family === first ? 0 : 1));
    }
    timing?.report('lookup', { hostname, family, hints, verbatim: order === 'verbatim', order,
      addresses: all ? entries : [entries[0].address] });
    done(null, entries);
  }));
}

// Names go to the resolver in their ASCII (punycode) form, as Node's toASCII does before getaddrinfo.
function toASCII(hostname) {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(hostname) ? hostname : require('url').domainToASCII(hostname) || hostname;
}

function bindCallback(fn) {
  const { bindToCurrentFrame } = require('internal/async_context_frame');
  return bindToCurrentFrame(fn);
}

/**
 * Checks dns.lookupService's arguments (the promise form has no callback: pass a stand-in); returns the
 * port as a number.
 */
function lookupServiceArguments(args, names) {
  if (args.length !== names.length) throw new ERR_MISSING_ARGS(...names);
  const [address, port, callback] = args;
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  const checkedPort = validatePort(port);
  if (names.length === 3) validateFunction(callback, 'callback');
  return checkedPort;
}

function systemLookupService(address, port, done) {
  const { dnsException } = require('internal/errors');
  const timing = startTiming();
  binding.getNameInfo(address, port, bindCallback((errno, hostname, service) => {
    if (errno !== 0) {
      done(dnsException(errno, 'getnameinfo', address));
      return;
    }
    timing?.report('lookupService', { host: address, port, hostname, service });
    done(null, hostname, service);
  }));
}

// Successful lookups and queries are 'dns' performance entries while someone observes them, as in Node.
function startTiming() {
  const observe = require('internal/perf/observe');
  if (!observe.hasObserver('dns')) return null;
  const start = observe.now();
  return { report: (name, detail) => observe.enqueueEntry(name, 'dns', start, detail) };
}

// ---- resolvers ----

/** Parses setServers' entries ("1.2.3.4", "1.2.3.4:53", "::1", "[::1]:53") into [ip, port] pairs. */
function parseServers(servers) {
  validateArray(servers, 'servers');
  return servers.map((server, index) => {
    validateString(server, `servers[${index}]`);
    if (isIP(server) !== 0) return [server, DNS_PORT];
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(server);
    if (bracketed !== null && isIP(bracketed[1]) === 6) return [bracketed[1], serverPort(bracketed[2])];
    const withPort = /^([^:]+):(\d+)$/.exec(server);
    if (withPort !== null && isIP(withPort[1]) === 4) return [withPort[1], serverPort(withPort[2])];
    throw new ERR_INVALID_IP_ADDRESS(server);
  });
}

// A port of 0 (or none) means the DNS port.
function serverPort(text) {
  const port = text === undefined ? 0 : Number(text);
  validatePort(port);
  return port || DNS_PORT;
}

function formatServer(ip, port) {
  if (port === DNS_PORT) return ip;
  return isIP(ip) === 6 ? `[${ip}]:${port}` : `${ip}:${port}`;
}

let systemServers;

// The servers of /etc/resolv.conf, read once; c-ares asks the loopback when it names none.
function defaultServers() {
  systemServers ??= parseServers(Array.from(binding.systemServers()).filter((ip) => isIP(ip) !== 0));
  return systemServers.length > 0 ? systemServers : [['127.0.0.1', DNS_PORT]];
}

/** The state both Resolver classes share: a DNS client with its servers, timeout, tries and local address. */
class ResolverBase {
  constructor(options = undefined) {
    const { timeout = -1, tries = 4, maxTimeout = 0 } = options !== null && typeof options === 'object' ? options : {};
    validateInt32(timeout, 'options.timeout', -1);
    validateInt32(tries, 'options.tries', 1);
    validateUint32(maxTimeout, 'options.maxTimeout');
    // c-ares's default timeout is 2 s.
    const client = binding.createClient(timeout === -1 ? 2000 : timeout, maxTimeout, tries);
    // Node's _handle is an ordinary object whose methods programs (and Node's tests) may replace; this one
    // forwards to the Java client.
    this._handle = {};
    for (const name of ['getServers', 'setServers', 'setLocalAddress', 'query', 'cancel']) {
      this._handle[name] = (...args) => client[name](...args);
    }
    this._handle.setServers(currentDefaultServers().flat());
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    return Array.from(this._handle.getServers() ?? [], (pair) => formatServer(pair[0], pair[1]));
  }

  setServers(servers) {
    const pairs = parseServers(servers);
    if (!this._handle.setServers(pairs.flat())) {
      throw new ERR_DNS_SET_SERVERS_FAILED('There are pending queries.', servers);
    }
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    // Either argument may hold either family, but not two of one.
    const byFamily = { 4: undefined, 6: undefined };
    for (const ip of [ipv4, ipv6]) {
      if (ip === undefined) continue;
      const family = isIP(ip);
      if (family === 0) throw codedError('ERR_INVALID_ARG_VALUE', 'Invalid IP address.');
      if (byFamily[family] !== undefined) {
        throw codedError('ERR_INVALID_ARG_VALUE', `Cannot specify two IPv${family} addresses.`);
      }
      byFamily[family] = ip;
    }
    this._handle.setLocalAddress(byFamily[4] ?? null, byFamily[6] ?? null);
  }
}

let defaultResolver;

// The resolver behind the module-level functions of both APIs.
function getDefaultResolver() {
  defaultResolver ??= new (require('dns').Resolver)();
  return defaultResolver;
}

// The module objects whose functions are bound to the default resolver, with their Resolver prototypes.
const boundModules = [];

/** Module-level functions: the methods of the default resolver, bound to it as Node binds them. */
function bindDefaultResolver(target, prototype) {
  boundModules.push([target, prototype]);
  bindMethods(target, prototype);
}

function bindMethods(target, prototype) {
  for (const name of ['getServers', 'resolve', ...Object.keys(queries)]) {
    target[name] = prototype[name].bind(getDefaultResolver());
  }
}

/**
 * dns.setServers: a new default resolver with those servers (queries pending on the old one go on), whose
 * methods the modules then export.
 */
function setDefaultServers(servers) {
  const resolver = new (require('dns').Resolver)();
  resolver.setServers(servers);
  defaultResolver = resolver;
  for (const [target, prototype] of boundModules) bindMethods(target, prototype);
}

// New resolvers start with the default resolver's servers, as Node's do.
function currentDefaultServers() {
  if (defaultResolver === undefined) return defaultServers();
  return Array.from(defaultResolver._handle.getServers(), (pair) => [pair[0], pair[1]]);
}

// ---- queries and their records ----

// Each query method: the record type it asks for, and the syscall its errors name.
const queries = {
  resolve4: [1, 'queryA'], resolve6: [28, 'queryAaaa'], resolveAny: [255, 'queryAny'],
  resolveCaa: [257, 'queryCaa'], resolveCname: [5, 'queryCname'], resolveMx: [15, 'queryMx'],
  resolveNaptr: [35, 'queryNaptr'], resolveNs: [2, 'queryNs'], resolvePtr: [12, 'queryPtr'],
  resolveSoa: [6, 'querySoa'], resolveSrv: [33, 'querySrv'], resolveTlsa: [52, 'queryTlsa'],
  resolveTxt: [16, 'queryTxt'], reverse: [12, 'getHostByAddr'],
};

// resolve(name, rrtype)'s types and the methods answering them.
const rrtypes = {
  A: 'resolve4', AAAA: 'resolve6', ANY: 'resolveAny', CAA: 'resolveCaa', CNAME: 'resolveCname',
  MX: 'resolveMx', NAPTR: 'resolveNaptr', NS: 'resolveNs', PTR: 'resolvePtr', SOA: 'resolveSoa',
  SRV: 'resolveSrv', TLSA: 'resolveTlsa', TXT: 'resolveTxt',
};

// The objects Node makes of each record ([type, ttl, ...fields] from the binding); `tagged` adds the type
// where resolveAny shows it and the single-type method does not.
const recordShapes = {
  A: (ttl, address) => ({ address, ttl }),
  AAAA: (ttl, address) => ({ address, ttl }),
  CNAME: (ttl, value) => ({ value }),
  NS: (ttl, value) => ({ value }),
  PTR: (ttl, value) => ({ value }),
  MX: (ttl, priority, exchange) => ({ exchange, priority, type: 'MX' }),
  TXT: (ttl, entries) => ({ entries: Array.from(entries) }),
  SRV: (ttl, priority, weight, port, name) => ({ name, port, priority, weight, type: 'SRV' }),
  SOA: (ttl, nsname, hostmaster, serial, refresh, retry, expire, minttl) =>
    ({ nsname, hostmaster, serial, refresh, retry, expire, minttl, type: undefined }),
  NAPTR: (ttl, order, preference, flags, service, regexp, replacement) =>
    ({ flags, service, regexp, replacement, order, preference, type: undefined }),
  CAA: (ttl, critical, tag, value) => ({ critical, type: 'CAA', [tag]: value }),
  TLSA: (ttl, certUsage, selector, match, hex) => {
    const bytes = Buffer.from(hex, 'hex');
    return { certUsage, selector, match, data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) };
  },
};

// resolveAny lists the records grouped by type, in this order.
const anyOrder = ['A', 'AAAA', 'CNAME', 'MX', 'NS', 'TXT', 'SRV', 'PTR', 'NAPTR', 'SOA', 'CAA', 'TLSA'];

/** Turns the binding's records into what the method answers. */
function shapeRecords(method, records, ttl) {
  const shaped = Array.from(records, (record) => {
    const [type, recordTtl, ...fields] = Array.from(record);
    return { type, object: recordShapes[type](recordTtl, ...fields) };
  });
  switch (method) {
    case 'resolve4':
    case 'resolve6':
      return shaped.map(({ object }) => (ttl ? object : object.address));
    case 'resolveCname': case 'resolveNs': case 'resolvePtr': case 'reverse':
      return shaped.map(({ object }) => object.value);
    case 'resolveTxt':
      return shaped.map(({ object }) => object.entries);
    case 'resolveSoa':
      return shaped[0]?.object;
    case 'resolveAny':
      return anyOrder.flatMap((type) => shaped.filter((entry) => entry.type === type)
        .map(({ object }) => ({ ...object, type })));
    default:
      return shaped.map(({ object }) => object);
  }
}

/** The name reverse() asks PTR records of: in-addr.arpa or ip6.arpa; null for text that is no IP. */
function reverseName(ip) {
  const family = isIP(ip);
  if (family === 4) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  if (family !== 6) return null;
  const nibbles = ipv6Bytes(ip).flatMap((byte) => [byte >> 4, byte & 15]).map((n) => n.toString(16));
  return `${nibbles.reverse().join('.')}.ip6.arpa`;
}

// The 16 bytes of an IPv6 literal (isIP has checked it): groups around one "::", maybe a dotted IPv4 tail.
function ipv6Bytes(ip) {
  const [address] = ip.split('%');
  const groupsOf = (text) => (text === '' ? [] : text.split(':').flatMap((group) => {
    if (!group.includes('.')) return [parseInt(group, 16)];
    const [a, b, c, d] = group.split('.').map(Number);
    return [(a << 8) | b, (c << 8) | d];
  }));
  const [head, tail] = address.split('::');
  const groups = tail === undefined ? groupsOf(head) :
    [...groupsOf(head), ...new Array(8 - groupsOf(head).length - groupsOf(tail).length).fill(0), ...groupsOf(tail)];
  return groups.flatMap((group) => [group >> 8, group & 255]);
}

// What c-ares refuses to put in a question (EBADNAME): empty labels, labels over 63 bytes, names over 255
// bytes, blanks and control characters. One trailing dot (the root) is allowed.
function isValidQueryName(name) {
  const labels = name.replace(/\.$/, '').split('.');
  if (name === '' || name === '.') return true;
  if (Buffer.byteLength(name) > 253 + (name.endsWith('.') ? 1 : 0)) return false;
  // eslint-disable-next-line no-control-regex
  return !/[\x00-\x20\x7f]/.test(name) && labels.every((label) => label !== '' && Buffer.byteLength(label) <= 63);
}

/**
 * Starts a query of the method's record type; done(err, result). Errors are c-ares's names with the
 * method's syscall (queryA, getHostByAddr...).
 */
function runQuery(resolver, method, name, ttl, done) {
  const [type, syscall] = queries[method];
  const { dnsException } = require('internal/errors');
  let asked = toASCII(name);
  if (method === 'reverse') {
    asked = reverseName(name);
    if (asked === null) {
      const { uvErrors } = require('internal/errors');
      throw dnsException(uvErrors.EINVAL[0], syscall, name);
    }
  }
  // Names under .onion are never asked of DNS (RFC 7686), as c-ares refuses them.
  if (/\.onion\.?$/i.test(asked)) {
    process.nextTick(done, dnsException(errorCodes.NOTFOUND, syscall, name));
    return;
  }
  if (!isValidQueryName(asked)) {
    process.nextTick(done, dnsException(errorCodes.BADNAME, syscall, name));
    return;
  }
  const timing = startTiming();
  resolver._handle.query(asked === '' ? '.' : asked, type, bindCallback((code, records) => {
    if (code !== null) {
      done(dnsException(code, syscall, name));
      return;
    }
    const result = shapeRecords(method, records, ttl);
    timing?.report(syscall, { host: name, ttl, result });
    done(null, result);
  }));
}

module.exports = {
  ADDRCONFIG, V4MAPPED, ALL, errorCodes, rrtypes, queries,
  getDefaultResultOrder, setDefaultResultOrder, lookupOptions, systemLookup, lookupServiceArguments,
  systemLookupService, ResolverBase, bindDefaultResolver, setDefaultServers, runQuery,
};
