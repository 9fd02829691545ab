'use strict';
// How ERR_INVALID_ARG_TYPE words the expected types and the received value.
const fs = require('fs');
const { EventEmitter } = require('events');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
class Widget {}
const received = [
  'x'.repeat(28), 'x'.repeat(29), "it's".repeat(10), Symbol('s'.repeat(40)), 10n ** 30n, 1.5, true,
  null, undefined, {}, [], new Widget(), Object.create(null), () => {}, function named() {},
];
for (const value of received) attempt(`alloc ${typeof value}`, () => Buffer.alloc(value));
attempt('types+classes', () => Buffer.from(5));
attempt('string|Buffer|URL', () => fs.statSync(5));
attempt('function', () => new EventEmitter().on('x', 5));
attempt('property', () => require('child_process').spawnSync('x', { cwd: 5 }));
attempt('object or class', () => require('util').inherits(function a() {}, null));
