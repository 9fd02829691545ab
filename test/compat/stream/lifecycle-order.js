// The order of 'end', 'finish', 'prefinish', 'close' and 'error' with _final, _construct, _destroy,
// destroy(err), autoDestroy, emitClose and allowHalfOpen.
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

function trace(name, s) {
  for (const ev of ['end', 'finish', 'prefinish', 'close', 'error']) {
    s.on(ev, (e) => log(name, ev, e && e.message ? e.message : ''));
  }
}

const steps = [];
function step(fn) {
  steps.push(fn);
}

step((done) => {
  const w = new Writable({
    construct(cb) { log('construct'); setImmediate(cb); },
    write(c, e, cb) { log('write', String(c)); cb(); },
    final(cb) { log('final'); setImmediate(cb); },
    destroy(err, cb) { log('destroy', err); cb(err); },
  });
  trace('w', w);
  w.write('a');
  w.end('b');
  w.on('close', done);
});

step((done) => {
  const r = new Readable({
    construct(cb) { log('r construct'); cb(); },
    read() { log('r read'); this.push('x'); this.push(null); },
  });
  trace('r', r);
  r.resume();
  r.on('close', done);
});

step((done) => {
  const r = new Readable({ read() {} });
  trace('destroyed', r);
  r.destroy(new Error('boom'));
  log('destroyed sync', r.destroyed, r.readable, r.errored && r.errored.message, r.readableAborted);
  r.on('close', done);
});

step((done) => {
  const r = new Readable({ read() {}, emitClose: false });
  trace('noclose', r);
  r.destroy();
  setTimeout(done, 5);
});

step((done) => {
  const r = new Readable({ read() {}, autoDestroy: false });
  trace('noauto', r);
  r.push(null);
  r.resume();
  setTimeout(() => {
    log('noauto destroyed?', r.destroyed);
    done();
  }, 5);
});

step((done) => {
  const d = new Duplex({
    allowHalfOpen: false,
    read() { this.push('q'); this.push(null); },
    write(c, e, cb) { log('d write', String(c)); cb(); },
  });
  trace('halfclosed', d);
  d.resume();
  d.on('close', done);
});

step((done) => {
  const d = new Duplex({
    read() { this.push(null); },
    write(c, e, cb) { cb(); },
  });
  trace('halfopen', d);
  d.resume();
  setTimeout(() => {
    log('halfopen writable', d.writable, d.readable);
    d.end('z');
  }, 5);
  d.on('close', done);
});

step((done) => {
  const t = new Transform({
    transform(c, e, cb) { cb(null, String(c).toUpperCase()); },
    flush(cb) { log('flush'); cb(null, 'FLUSHED'); },
  });
  trace('t', t);
  t.on('data', (d) => log('t data', String(d)));
  t.write('a');
  t.end('b');
  t.on('close', done);
});

step((done) => {
  const p = new PassThrough();
  trace('p', p);
  p.on('data', (d) => log('p data', String(d)));
  p.end('x');
  p.on('close', done);
});

step((done) => {
  const w = new Writable({
    write(c, e, cb) { cb(); },
    destroy(err, cb) { setImmediate(() => cb(new Error('from _destroy'))); },
  });
  trace('destroyerr', w);
  w.destroy(null, (err) => log('destroy cb', err && err.message));
  w.on('close', done);
});

step((done) => {
  const r = new Readable({ read() {} });
  trace('twice', r);
  r.destroy(new Error('first'));
  r.destroy(new Error('second'));
  r.on('close', done);
});

step((done) => {
  const w = new Writable({
    construct(cb) { setImmediate(() => cb(new Error('construct failed'))); },
    write(c, e, cb) { log('never'); cb(); },
  });
  trace('constructerr', w);
  w.write('x', (err) => log('write cb', err && err.message));
  w.on('close', done);
});

function next() {
  const fn = steps.shift();
  if (!fn) return;
  log('---');
  fn(() => setTimeout(next, 1));
}
next();
