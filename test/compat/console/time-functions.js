// Only the shape of the output is compared: durations vary.
const { Console } = require('console');
const EventEmitter = require('events');
// Console streams are EventEmitters with a write method.
const sink = (write) => Object.assign(new EventEmitter(), { write });
let out = '';
const c = new Console({ stdout: sink((s) => { out += s; }) });
c.time();
c.timeLog(undefined, 'extra', { a: 1 });
c.timeEnd();
c.time('lbl');
c.timeLog('lbl');
c.timeEnd('lbl');
// The unit depends on the duration (ms, s, m:ss.mmm): compare the shape only.
console.log(out.replace(/\d[\d.:]*(ms|s| \((h:mm)?m:ss\.mmm\))/g, 'DURATION'));
