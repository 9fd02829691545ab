'use strict';
// node:dns/promises (also dns.promises): the callback API's operations answering with promises.

const {
  errorCodes, rrtypes, queries, getDefaultResultOrder, setDefaultResultOrder, lookupOptions, systemLookup,
  lookupServiceArguments, systemLookupService, ResolverBase, bindDefaultResolver, setDefaultServers, runQuery,
} = require('internal/dns/utils');
const { validateString } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

function lookup(hostname, options) {
  const checked = lookupOptions(hostname, options, () => {}, false);
  return new Promise((resolve, reject) => {
    systemLookup(checked, (err, entries) => {
      if (err) reject(err);
      else if (checked.all) resolve(entries);
      else if (entries.length === 0) resolve({ address: null, family: checked.family === 6 ? 6 : 4 });
      else resolve(entries[0]);
    });
  });
}

function lookupService(address, port) {
  const checkedPort = lookupServiceArguments(Array.from(arguments), ['address', 'port']);
  return new Promise((resolve, reject) => {
    systemLookupService(address, checkedPort, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    });
  });
}

class Resolver extends ResolverBase {
  resolve(hostname, rrtype = 'A') {
    validateString(rrtype, 'rrtype');
    const method = rrtypes[rrtype];
    if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    return Resolver.prototype[method].call(this, hostname);
  }
}

for (const [method, [, bindingName]] of Object.entries(queries)) {
  Resolver.prototype[method] = {
    [bindingName](name, options) {
      validateString(name, 'name');
      return new Promise((resolve, reject) => {
        runQuery(this, method, name, Boolean(options?.ttl), (err, result) => {
          if (err) reject(err);
          else resolve(result);
        });
      });
    },
  }[bindingName];
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: setDefaultServers,
  ...errorCodes,
};
bindDefaultResolver(module.exports, Resolver.prototype);
