// v8.serialize: the wire bytes of every primitive kind, as hex (header ff0f, then one tagged value).
'use strict';
const v8 = require('v8');

const hex = (value) => v8.serialize(value).toString('hex');
const cases = [
  ['undefined', undefined], ['null', null], ['true', true], ['false', false],
  ['zero', 0], ['one', 1], ['minus one', -1], ['int32 max', 2 ** 31 - 1], ['int32 min', -(2 ** 31)],
  ['2**31 (a double)', 2 ** 31], ['negative zero', -0], ['1.5', 1.5], ['NaN', NaN], ['Infinity', -Infinity],
  ['2**53', 2 ** 53],
  ['0n', 0n], ['5n', 5n], ['-5n', -5n], ['2n**64n', 2n ** 64n], ['-(2n**63n)', -(2n ** 63n)],
  ['2n**200n+1n', 2n ** 200n + 1n],
  ['empty string', ''], ['ascii', 'abc'], ['latin-1', 'caf\u00e9 \u00ff'], ['euro', '\u20ac'],
  ['mixed', 'a\u20acb'], ['astral', '\u{1f600}'], ['lone surrogate', '\ud800'],
  ['200 x', 'x'.repeat(200)], ['70 euros', '\u20ac'.repeat(70)],
];
for (const [name, value] of cases) console.log(name.padEnd(18), hex(value));

// Two-byte strings are padded to start at an even offset.
for (const prefix of ['', 'x', 'xy', 'xyz']) console.log('padded after', JSON.stringify(prefix), hex([prefix, '\u20ac']));
console.log('padded key', hex({ '\u20ac': 1, x: { '\u00e9\u20ac': 2 } }));
