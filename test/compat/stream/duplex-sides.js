// Duplex: sides switched off by options, allowHalfOpen, the destroyed flag over both sides, what the
// prototype borrows from Writable, and the listener slots a fresh Duplex has.
const { Duplex, Writable, Readable } = require('stream');
const log = (...a) => console.log(...a);

const pick = (state, keys) => keys.map((k) => `${k}=${state[k]}`).join(' ');
const rKeys = ['readable', 'ended', 'endEmitted'];
const wKeys = ['writable', 'ending', 'ended', 'finished'];
for (const options of [undefined, null, {}, { readable: false }, { writable: false }, { readable: false, writable: false },
  { allowHalfOpen: false }, { allowHalfOpen: 0 }, { readable: 0 }]) {
  const d = new Duplex(options);
  log(JSON.stringify(options), d.allowHalfOpen, d.readable, d.writable, '|', pick(d._readableState, rKeys), '|',
    pick(d._writableState, wKeys));
}

const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
log('destroyed', d.destroyed);
d._readableState.destroyed = true;
log('one side destroyed', d.destroyed);
d.destroyed = true;
log('both', d._readableState.destroyed, d._writableState.destroyed, d.destroyed);
d.destroyed = false;
log('reset', d._readableState.destroyed, d._writableState.destroyed, d.destroyed);
const bare = Object.create(Duplex.prototype);
log('no states', bare.destroyed);
bare.destroyed = true;
log('no states after set', bare.destroyed, Object.keys(bare));

for (const name of ['write', 'end', 'cork', 'uncork', 'setDefaultEncoding', '_write', '_writev', 'destroy']) {
  log(name, Duplex.prototype[name] === Writable.prototype[name], Object.getOwnPropertyDescriptor(Duplex.prototype, name).enumerable);
}
for (const name of ['writable', 'writableLength', 'writableNeedDrain', 'destroyed']) {
  const desc = Object.getOwnPropertyDescriptor(Duplex.prototype, name);
  log(name, typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
}
log('statics', Object.getOwnPropertyNames(Duplex), Duplex.from.name, Duplex.fromWeb.name, Duplex.toWeb.name);
log('events', Object.keys(new Duplex()._events), Object.keys(new Readable()._events), Object.keys(new Writable()._events));

class Preset extends Duplex {
  constructor() {
    super();
  }
}
Preset.prototype._events = undefined;
log('subclass events', Object.keys(new Preset()._events));

const half = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
half.on('finish', () => log('half: writable finished after readable end'));
half.on('end', () => log('half: end'));
half.resume();
half.push(null);
