'use strict';
// node:dns with callbacks: lookup/lookupService through the system resolver, the resolve* family through a
// DNS client per Resolver (internal/dns/utils has the shared parts), and dns.promises.

const {
  ADDRCONFIG, V4MAPPED, ALL, errorCodes, rrtypes, queries, getDefaultResultOrder, setDefaultResultOrder,
  lookupOptions, systemLookup, lookupServiceArguments, systemLookupService, ResolverBase, bindDefaultResolver,
  setDefaultServers, runQuery,
} = require('internal/dns/utils');
const { validateFunction, validateString } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

/** What lookup returns, as Node's request object shows itself. */
class GetAddrInfoReqWrap {
  constructor(callback, family, hostname, oncomplete) {
    this.callback = callback;
    this.family = family;
    this.hostname = hostname;
    this.oncomplete = oncomplete;
  }
}

/** What a resolver's query methods return. */
class QueryReqWrap {
  constructor(bindingName, callback, hostname, oncomplete, ttl) {
    this.bindingName = bindingName;
    this.callback = callback;
    this.hostname = hostname;
    this.oncomplete = oncomplete;
    this.ttl = ttl;
  }
}

function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const checked = lookupOptions(hostname, options, (misplaced) => {
    validateFunction(misplaced !== undefined && callback === undefined ? misplaced : callback, 'callback');
  }, true);
  const { all, family } = checked;
  function onlookup(err, entries) {
    if (err) callback(err);
    else if (entries.length === 0) callback(null, null, family === 6 ? 6 : 4);
    else callback(null, entries[0].address, entries[0].family);
  }
  function onlookupall(err, entries) {
    if (err) callback(err);
    else callback(null, entries);
  }
  const oncomplete = all ? onlookupall : onlookup;
  if (!hostname || require('net').isIP(hostname) !== 0) {
    systemLookup(checked, oncomplete);
    return {};
  }
  const req = new GetAddrInfoReqWrap(callback, family, hostname, oncomplete);
  systemLookup(checked, (err, entries) => req.oncomplete(err, entries));
  return req;
}

// util.promisify(dns.lookup) resolves to { address, family } (or the list with `all`), as in Node.
Object.defineProperty(lookup, Symbol.for('nodejs.util.promisify.custom'), {
  value: (hostname, options) => require('internal/dns/promises').lookup(hostname, options),
  enumerable: false, writable: false, configurable: true,
});

function lookupService(address, port, callback) {
  const checkedPort = lookupServiceArguments(Array.from(arguments), ['address', 'port', 'callback']);
  const req = { callback, host: address, port: checkedPort, oncomplete: callback };
  systemLookupService(address, checkedPort, callback);
  return req;
}

class Resolver extends ResolverBase {
  resolve(hostname, rrtype, callback) {
    if (typeof rrtype === 'function') {
      callback = rrtype;
      rrtype = 'A';
    } else if (rrtype === undefined) {
      rrtype = 'A';
    }
    validateString(rrtype, 'rrtype');
    const method = rrtypes[rrtype];
    if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    return Resolver.prototype[method].call(this, hostname, callback);
  }
}

// Each query method is named after its binding call (queryA, getHostByAddr...), as in Node.
for (const [method, [, bindingName]] of Object.entries(queries)) {
  Resolver.prototype[method] = {
    [bindingName](name, options, callback) {
      if (typeof options === 'function') {
        callback = options;
        options = undefined;
      }
      validateString(name, 'name');
      validateFunction(callback, 'callback');
      const ttl = Boolean(options?.ttl);
      const req = new QueryReqWrap(bindingName, callback, name, (err, result) => {
        if (err) callback(err);
        else callback(null, result);
      }, ttl);
      runQuery(this, method, name, ttl, req.oncomplete);
      return req;
    },
  }[bindingName];
}

let promises;

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: setDefaultServers,
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...errorCodes,
};
bindDefaultResolver(module.exports, Resolver.prototype);
Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() {
    promises ??= require('internal/dns/promises');
    return promises;
  },
});
