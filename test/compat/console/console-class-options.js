const { Console } = require('console');
const EventEmitter = require('events');
// Console streams are EventEmitters with a write method.
const sink = (write) => Object.assign(new EventEmitter(), { write });
let out = '';
const stream = sink((s) => { out += s; });
const c = new Console({ stdout: stream, inspectOptions: { depth: 0, breakLength: Infinity }, groupIndentation: 4 });
c.log({ a: { b: 1 } });
c.group();
c.log('four spaces');
c.error('also to stdout when no stderr');
c.groupEnd();
const colored = new Console({ stdout: stream, colorMode: true });
colored.log(1, 'x');
console.log(JSON.stringify(out));
