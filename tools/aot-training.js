// What the AOT cache is trained on: start-up plus the modules most programs load first.
const path = require('path');
const util = require('util');
const events = require('events');
setTimeout(() => {}, 1);
setImmediate(() => {});
process.nextTick(() => {});
Promise.resolve().then(() => {});
console.log(util.inspect({ a: [1, 2, 3], b: new Map([[1, 2]]) }), path.join('a', 'b'), typeof events);
// TypeScript's first strip loads swc4j's AST classes (about 300); having them in the cache halves its cost.
require('module').stripTypeScriptTypes('const typed: number = 1;');
