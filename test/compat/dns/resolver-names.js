'use strict';
// Query names: EBADNAME for what c-ares refuses to ask (empty or long labels, long names, blanks), IDN names sent
// as punycode, the root and a trailing dot.
const dns = require('node:dns');
const { startServer } = require('./fixtures/dns-server');

startServer(async (port, close) => {
  const resolver = new dns.promises.Resolver({ timeout: 1000, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  const names = ['a..b', '', `${'x'.repeat(70)}.test`, `${'y.'.repeat(130)}test`, 'ex ample.test', 'tab\t.test',
    'bücher.test', 'BÜCHER.test', '.', 'example.test.', '-a.test', 'a_b.test', `${'z'.repeat(63)}.test`];
  for (const name of names) {
    try {
      console.log(JSON.stringify(name), await resolver.resolve4(name));
    } catch (err) {
      console.log(JSON.stringify(name), err.code, err.message);
    }
  }
  close();
});
