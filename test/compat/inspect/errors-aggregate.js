const util = require('util');
const a = new Error('a'); a.stack = 'Error: a\n    at A (/a.js:1:1)';
const b = new TypeError('b'); b.stack = 'TypeError: b';
const agg = new AggregateError([a, b], 'many');
agg.stack = 'AggregateError: many\n    at M (/m.js:1:1)';
console.log(util.inspect(agg));
