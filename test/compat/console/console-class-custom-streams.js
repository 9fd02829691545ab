const { Console } = require('console');
const EventEmitter = require('events');
// Console streams are EventEmitters with a write method.
const sink = (write) => Object.assign(new EventEmitter(), { write });
const out = [];
const err = [];
const c = new Console(sink((s) => { out.push(s); }), sink((s) => { err.push(s); }));
c.log('hello', { a: 1 });
c.error('oops');
c.warn('warned');
c.info('info');
c.count('x');
c.group('grp');
c.log('nested');
c.groupEnd();
c.assert(false, 'bad');
console.log(JSON.stringify(out));
console.log(JSON.stringify(err));
console.log(c instanceof Console, console instanceof Console);
