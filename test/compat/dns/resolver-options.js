'use strict';
// The Resolver constructor's options and setLocalAddress's checks.
const dns = require('node:dns');

for (const options of [undefined, {}, { timeout: -1 }, { timeout: 0 }, { timeout: -2 }, { timeout: 'x' },
  { timeout: 1.5 }, { tries: 0 }, { tries: 1 }, { tries: 'x' }, { maxTimeout: -1 }, { maxTimeout: 10 }, 5, null]) {
  try {
    new dns.Resolver(options);
    new dns.promises.Resolver(options);
    console.log('ok', options);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
const resolver = new dns.Resolver();
for (const args of [['127.0.0.1'], ['x'], ['::1'], ['127.0.0.1', '::1'], ['::1', '127.0.0.1'], ['127.0.0.1', 'x'],
  [5], ['127.0.0.1', 5], ['127.0.0.1', '127.0.0.2'], []]) {
  try {
    console.log(resolver.setLocalAddress(...args), args);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
for (const [method, args] of [['resolve4', [5, () => {}]], ['resolve4', ['x']], ['resolve', ['x', 'BAD', () => {}]],
  ['resolve', ['x', 5, () => {}]], ['resolveMx', ['x', {}, 5]], ['reverse', [null, () => {}]]]) {
  try {
    resolver[method](...args);
  } catch (err) {
    console.log(method, err.name, err.code, err.message);
  }
}
for (const [method, args] of [['resolve4', [5]], ['resolve', ['x', 'BAD']], ['resolve', ['x', 5]]]) {
  try {
    new dns.promises.Resolver()[method](...args);
  } catch (err) {
    console.log('promises', method, err.name, err.code, err.message);
  }
}
