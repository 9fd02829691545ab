const util = require('util');
const keys = Object.keys(util.inspect.defaultOptions);
console.log(keys.join(','));
console.log(util.inspect(util.inspect.defaultOptions));
util.inspect.defaultOptions.depth = 0;
console.log(util.inspect({ a: { b: 1 } }));
util.inspect.defaultOptions = { depth: 1, compact: false };
console.log(util.inspect({ a: { b: { c: 1 } } }));
try { util.inspect.defaultOptions = null; } catch (e) { console.log(e.code, e.name); }
