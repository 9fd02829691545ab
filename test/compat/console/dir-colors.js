const { Console } = require('console');
const EventEmitter = require('events');
// Console streams are EventEmitters with a write method.
const sink = (write) => Object.assign(new EventEmitter(), { write });
let out = '';
const c = new Console({ stdout: sink((s) => { out += s; }) });
c.dir({ n: 1, s: 'x' }, { colors: true });
console.log(JSON.stringify(out));
