'use strict';
// Failures of queries: NXDOMAIN, SERVFAIL, REFUSED, FORMERR, NOTIMP, an empty answer, a bad reverse name.
const dns = require('node:dns');
const { startServer } = require('./fixtures/dns-server');

function show(err) {
  console.log(err.message, { ...err }, err instanceof Error);
}

startServer(async (port, close) => {
  const resolver = new dns.promises.Resolver({ timeout: 1000, tries: 2 });
  resolver.setServers([`127.0.0.1:${port}`]);
  const calls = [
    ['resolve4', 'nope.test'], ['resolveMx', 'nope.test'], ['resolve6', 'servfail.test'],
    ['resolveTxt', 'refused.test'], ['resolveSrv', 'formerr.test'], ['resolveNs', 'notimp.test'],
    ['resolve4', 'empty.test'], ['resolveAny', 'empty.test'], ['resolveCaa', 'nope.test'],
    ['resolveNaptr', 'nope.test'], ['resolveSoa', 'nope.test'], ['resolvePtr', 'nope.test'],
    ['resolveCname', 'nope.test'], ['resolveTlsa', 'nope.test'], ['reverse', '192.0.2.99'], ['reverse', 'nope'],
  ];
  for (const [method, name] of calls) {
    try {
      console.log(method, await resolver[method](name));
    } catch (err) {
      show(err);
    }
  }
  const callbacks = new dns.Resolver({ timeout: 1000, tries: 1 });
  callbacks.setServers([`127.0.0.1:${port}`]);
  try {
    callbacks.reverse('not an ip', () => {});
  } catch (err) {
    console.log('thrown:', err.message, { ...err });
  }
  callbacks.resolve4('nope.test', (err, result) => {
    show(err);
    console.log(result);
    close();
  });
});
