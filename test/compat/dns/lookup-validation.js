'use strict';
// dns.lookup and dns.lookupService check their arguments as Node does.
const dns = require('node:dns');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', typeof result);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
const cb = () => {};
attempt('number host', () => dns.lookup(5, cb));
attempt('object host', () => dns.lookup({}, cb));
attempt('family 5', () => dns.lookup('x', { family: 5 }, cb));
attempt('family number 5', () => dns.lookup('x', 5, cb));
attempt('family IPv7', () => dns.lookup('x', { family: 'IPv7' }, cb));
attempt('hints 99', () => dns.lookup('x', { hints: 99 }, cb));
attempt('hints string', () => dns.lookup('x', { hints: 'a' }, cb));
attempt('options string', () => dns.lookup('x', 'y', cb));
attempt('options string no cb', () => dns.lookup('x', 'y'));
attempt('options true', () => dns.lookup('x', true, cb));
attempt('all 1', () => dns.lookup('x', { all: 1 }, cb));
attempt('verbatim str', () => dns.lookup('x', { verbatim: 'yes' }, cb));
attempt('order bad', () => dns.lookup('x', { order: 'x' }, cb));
attempt('no callback', () => dns.lookup('x'));
attempt('no callback options', () => dns.lookup('x', {}));
attempt('number options no callback', () => dns.lookup('x', 4));
attempt('bad family no callback', () => dns.lookup('x', { family: 5 }));
attempt('service bad address', () => dns.lookupService('x', 1, cb));
attempt('service bad port', () => dns.lookupService('1.1.1.1', 'a', cb));
attempt('service port range', () => dns.lookupService('1.1.1.1', 70000, cb));
attempt('service missing', () => dns.lookupService('1.1.1.1', 1));
attempt('service bad callback', () => dns.lookupService('1.1.1.1', 1, 5));
attempt('service number address', () => dns.lookupService(5, 1, cb));
attempt('promise number host', () => dns.promises.lookup(5));
attempt('promise family', () => dns.promises.lookup('x', { family: 5 }));
attempt('promise options string', () => dns.promises.lookup('x', 'y'));
attempt('promise service', () => dns.promises.lookupService('x', 1));
attempt('promise service missing', () => dns.promises.lookupService('1.1.1.1'));
attempt('order setter', () => dns.setDefaultResultOrder('x'));
attempt('order setter number', () => dns.setDefaultResultOrder(4));
